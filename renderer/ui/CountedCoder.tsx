/** Whose segments are counted in the matrix and the tables, when more than one coder coded. */
import type { Coder } from '../../shared/model.ts';
import { useT } from '../i18n/context.tsx';

interface Props {
  coders: Coder[];
  value: string;
  onChange(coder: string): void;
  /** The counted coder was not chosen here but taken by itself (the consensus, once there is one), with how many segments it keeps of all. */
  automatic?: { counted: number; total: number };
}

export function CountedCoder({ coders, value, onChange, automatic }: Props) {
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
      {automatic && (
        <span className="warning" role="status">
          {t('coders.countedAuto', { coder: value, counted: automatic.counted, total: automatic.total })}
        </span>
      )}
    </label>
  );
}
