/**
 * Who is coding: asked before the first code is applied, shown while coding, with blind
 * mode (only one's own segments shown). New segments carry the chosen name.
 */
import { useState } from 'react';
import type { Coder } from '../../../shared/model.ts';
import type { CoderChoice } from '../../coder.ts';
import { useT } from '../../i18n/context.tsx';

export function CoderBar({ coders, choice, onChange }: { coders: Coder[]; choice: CoderChoice; onChange(patch: Partial<CoderChoice>): void }) {
  const t = useT();
  const [name, setName] = useState('');
  const known = coders.some((c) => c.name === choice.coder);
  return (
    <div className={`coder-bar${choice.coder ? '' : ' coder-bar-ask'}`} role="group" aria-label={t('coders.who')}>
      <label>
        {t('coders.who')}
        <select aria-label={t('coders.who')} value={known ? choice.coder : ''} onChange={(e) => onChange({ coder: e.target.value })}>
          <option value="">{t('coders.choose')}</option>
          {coders.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
          {choice.coder && !known && <option value={choice.coder}>{choice.coder}</option>}
        </select>
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) onChange({ coder: name.trim() });
          setName('');
        }}
      >
        <input aria-label={t('coders.newName')} placeholder={t('coders.newName')} value={name} onChange={(e) => setName(e.target.value)} size={12} />
      </form>
      <label className="inline">
        <input type="checkbox" checked={choice.blind} disabled={!choice.coder} onChange={(e) => onChange({ blind: e.target.checked })} />
        {t('coders.blind')}
      </label>
    </div>
  );
}
