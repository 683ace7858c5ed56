/**
 * Find and replace across a session's turns: the number of matches as you type, matching
 * case or not, "next" to go to the next turn with a match, and "replace all" (coded
 * segments keep their words).
 */
import { useRef, useState, useSyncExternalStore } from 'react';
import { findMatches } from '../../../shared/find-replace.ts';
import { useT } from '../../i18n/context.tsx';
import { useEscapeCloses } from '../../ui/useEscapeCloses.ts';
import type { SessionStore } from './session/session-store.ts';

export interface FindReplaceProps {
  store: SessionStore;
  readOnly: boolean;
  onGoTo(turnId: string): void;
  onReplaced(count: number): void;
  onClose(): void;
}

export function FindReplace({ store, readOnly, onGoTo, onReplaced, onClose }: FindReplaceProps) {
  const t = useT();
  // Any change to the session may change the matches; the search runs only while the bar is open.
  // (Subscribing redraws the bar on every change; the matches are worked out again then.)
  useSyncExternalStore(store.subscribe, () => store.version());
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [cursor, setCursor] = useState(-1);
  // Esc anywhere in the bar closes it.
  const bar = useRef<HTMLDivElement>(null);
  useEscapeCloses(bar, onClose);
  const hits = store.turns().flatMap((turn) => findMatches(turn.text, query, matchCase).map(() => turn.id));
  const turnCount = new Set(hits).size;

  function next() {
    if (hits.length === 0) return;
    const at = (cursor + 1) % hits.length;
    setCursor(at);
    onGoTo(hits[at]!);
  }

  function replace() {
    const count = store.replaceAll(query, replacement, matchCase);
    setCursor(-1);
    onReplaced(count);
  }

  return (
    <div ref={bar} className="find-bar" role="search" aria-label={t('find.title')}>
      <input aria-label={t('find.query')} placeholder={t('find.query')} value={query} autoFocus onChange={(e) => (setQuery(e.target.value), setCursor(-1))} onKeyDown={(e) => e.key === 'Enter' && next()} />
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
      <button type="button" onClick={replace} disabled={readOnly || hits.length === 0}>
        {t('find.replaceAll')}
      </button>
      <button type="button" className="notice-close" aria-label={t('common.close')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
