/**
 * Who is coding: asked before the first code is applied, shown while coding, with blind
 * mode (only one's own segments shown). New segments carry the chosen name; a code applied
 * before anyone chose one carries the computer user's name (or the study's first coder's),
 * said here until the coder names themselves (and those segments become theirs).
 */
import { useState } from 'react';
import { coderNameReason } from '../../../shared/coders.ts';
import { describeReason } from '../../../shared/formats/reasons.ts';
import type { Coder } from '../../../shared/model.ts';
import { cleanName } from '../../../shared/text-clean.ts';
import type { CoderChoice } from '../../coder-choice.ts';
import { useLang } from '../../i18n/context.tsx';

export function CoderBar({ coders, choice, onChange }: { coders: Coder[]; choice: CoderChoice; onChange(patch: Partial<CoderChoice>): void }) {
  const { t, lang } = useLang();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState('');
  const known = coders.some((c) => c.name === choice.coder);
  return (
    <div className={`coder-bar${choice.coder && !choice.assumed ? '' : ' coder-bar-ask'}`} role="group" aria-label={t('coders.who')}>
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
          const coder = cleanName(name);
          if (!coder) return;
          const why = coders.some((c) => c.name === coder) ? null : coderNameReason(coder, coders.map((c) => c.name));
          if (why) return setProblem(describeReason(why, lang));
          onChange({ coder });
          setName('');
        }}
      >
        <input aria-label={t('coders.newName')} aria-invalid={problem !== ''} aria-describedby={problem ? 'coder-name-problem' : undefined} placeholder={t('coders.newName')} value={name} onChange={(e) => (setName(e.target.value), setProblem(''))} size={12} />
        {problem && (
          <span id="coder-name-problem" role="alert" className="danger-text">
            {problem}
          </span>
        )}
      </form>
      {choice.assumed && choice.coder && (
        <p className="coder-assumed" role="status">
          {t('coders.assumed', { name: choice.coder })}
        </p>
      )}
      <label className="inline">
        <input type="checkbox" checked={choice.blind} disabled={!choice.coder} onChange={(e) => onChange({ blind: e.target.checked })} />
        {t('coders.blind')}
      </label>
    </div>
  );
}
