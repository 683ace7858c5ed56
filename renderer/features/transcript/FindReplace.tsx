/**
 * Find and replace across a session's turns: the number of matches as you type, matching
 * case or not, "next" to go to the next turn with a match, and "replace all" (coded
 * segments keep their words).
 */
import { useMemo, useState } from 'react';
import { findMatches } from '../../../shared/find-replace.ts';
import type { Turn } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { replaceInSession } from '../../db/turns.ts';
import { useT } from '../../i18n/context.tsx';
import type { Undo } from './useUndo.ts';

export interface FindReplaceProps {
  sessionId: string;
  turns: Turn[];
  /** Records the change for undo. */
  record: Undo['record'];
  onGoTo(turnId: string): void;
  onReplaced(count: number): void;
  onClose(): void;
}

export function FindReplace({ sessionId, turns, record, onGoTo, onReplaced, onClose }: FindReplaceProps) {
  const db = useDb();
  const t = useT();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [cursor, setCursor] = useState(-1);
  const hits = useMemo(() => turns.flatMap((turn) => findMatches(turn.text, query, matchCase).map(() => turn.id)), [turns, query, matchCase]);
  const turnCount = new Set(hits).size;

  function next() {
    if (hits.length === 0) return;
    const at = (cursor + 1) % hits.length;
    setCursor(at);
    onGoTo(hits[at]!);
  }

  async function replace() {
    let count = 0;
    await record(
      turns.map((t) => t.id),
      async () => void (count = await replaceInSession(db, sessionId, query, replacement, matchCase)),
    );
    setCursor(-1);
    onReplaced(count);
  }

  return (
    <div className="find-bar" role="search" aria-label={t('find.title')}>
      <input aria-label={t('find.query')} placeholder={t('find.query')} value={query} onChange={(e) => (setQuery(e.target.value), setCursor(-1))} onKeyDown={(e) => e.key === 'Enter' && next()} />
      <input aria-label={t('find.replacement')} placeholder={t('find.replacement')} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      <label className="inline-field">
        <input type="checkbox" checked={matchCase} onChange={(e) => (setMatchCase(e.target.checked), setCursor(-1))} />
        {t('find.matchCase')}
      </label>
      <span className="muted" data-testid="find-count">
        {query === '' ? '' : t('find.count', { n: hits.length, turns: turnCount })}
      </span>
      <button type="button" onClick={next} disabled={hits.length === 0}>
        {t('find.next')}
      </button>
      <button type="button" onClick={() => void replace()} disabled={hits.length === 0}>
        {t('find.replaceAll')}
      </button>
      <button type="button" className="notice-close" aria-label={t('common.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
