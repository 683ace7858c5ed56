/** Where the segments of a removed role, agenda or code go: merged into another one, or uncoded. */
import { useState } from 'react';
import { useT } from '../../i18n/context.tsx';

interface Props {
  kind: 'role' | 'agenda' | 'code';
  code: string;
  uses: number;
  others: { number: number; label: string }[];
  onCancel(): void;
  onConfirm(mergeInto: number | null): void;
}

export function RemoveChoice({ kind, code, uses, others, onCancel, onConfirm }: Props) {
  const t = useT();
  const [target, setTarget] = useState<string>(others[0] ? String(others[0].number) : 'uncode');
  return (
    <div className="remove-choice" role="group" aria-label={t('codebook.removeChoice', { code })}>
      <p>{t(`codebook.${kind}.inUse`, { code, count: uses })}</p>
      <label>
        {t('codebook.segmentsGo')}
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          {others.map((o) => (
            <option key={o.number} value={o.number}>
              {t('codebook.mergeInto', { label: o.label })}
            </option>
          ))}
          <option value="uncode">{t('codebook.uncode')}</option>
        </select>
      </label>
      <button type="button" className="danger" onClick={() => onConfirm(target === 'uncode' ? null : Number(target))}>
        {t('codebook.removeConfirmButton', { code })}
      </button>
      <button type="button" className="link" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
