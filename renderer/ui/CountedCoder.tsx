/** Whose segments are counted in the matrix and the tables, when more than one coder coded. */
import type { Coder } from '../../shared/model.ts';
import { useT } from '../i18n/context.tsx';

export function CountedCoder({ coders, value, onChange }: { coders: Coder[]; value: string; onChange(coder: string): void }) {
  const t = useT();
  if (coders.length < 2) return null;
  return (
    <label className="counted-coder">
      {t('coders.counted')}
      <select name="counted" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('coders.all')}</option>
        {coders.map((c) => (
          <option key={c.name} value={c.name}>
            {c.name}
          </option>
        ))}
      </select>
      {value === '' && <span className="warning">{t('coders.allWarning')}</span>}
    </label>
  );
}
