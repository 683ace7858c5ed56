/** The study's choice of participant names in exports: pseudonyms (default) or labels as transcribed. */
import { useEffect, useState } from 'react';
import { EXPORT_NAMES, type ExportNames } from '../../../shared/model.ts';
import { useT } from '../../i18n/context.tsx';

export function ExportNamesChoice({ value, onChange }: { value: ExportNames; onChange(next: ExportNames): void }) {
  const t = useT();
  // Shown chosen at once; the stored setting catches up a moment later.
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  return (
    <fieldset className="export-names">
      <legend>{t('export.names')}</legend>
      {EXPORT_NAMES.map((names) => (
        <label key={names}>
          <input
            type="radio"
            name="exportNames"
            value={names}
            checked={shown === names}
            onChange={() => {
              setShown(names);
              onChange(names);
            }}
          />
          {t(`export.names.${names}`)}
        </label>
      ))}
      <span className="muted">{t('export.names.hint')}</span>
    </fieldset>
  );
}
