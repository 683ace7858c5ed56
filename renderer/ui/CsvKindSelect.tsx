/** The choice of CSV beside every button that saves one; the same choice everywhere, remembered on this device. */
import { CSV_KINDS } from '../../shared/formats/csv.ts';
import { useCsvKind } from '../csv-kind.ts';
import { useT } from '../i18n/context.tsx';

export function CsvKindSelect() {
  const t = useT();
  const [kind, setKind] = useCsvKind();
  return (
    <label className="inline-field csv-kind" title={t('csv.kindHelp')}>
      {t('csv.kind')}
      <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
        {CSV_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`csv.kind.${k}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
