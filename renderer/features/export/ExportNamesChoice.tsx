/** The study's choice of participant names in exports: pseudonyms (default) or labels as transcribed. */
import { EXPORT_NAMES, type ExportNames } from '../../../shared/model.ts';
import { useT } from '../../i18n/context.tsx';

export function ExportNamesChoice({ value, onChange }: { value: ExportNames; onChange(next: ExportNames): void }) {
  const t = useT();
  return (
    <fieldset className="export-names">
      <legend>{t('export.names')}</legend>
      {EXPORT_NAMES.map((names) => (
        <label key={names}>
          <input type="radio" name="exportNames" value={names} checked={value === names} onChange={() => onChange(names)} />
          {t(`export.names.${names}`)}
        </label>
      ))}
      <span className="muted">{t('export.names.hint')}</span>
    </fieldset>
  );
}
