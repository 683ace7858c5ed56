/** The header of a table's column of row actions: named for screen readers, blank on screen. */
import { useT } from '../i18n/context.tsx';

export function ActionsHeader() {
  const t = useT();
  return (
    <th>
      <span className="sr-only">{t('common.actions')}</span>
    </th>
  );
}
