/**
 * How much of an automatic transcript is still to be read: the number of unchecked turns,
 * a button that takes the caret to the next one (after the caret, then from the top), and
 * the list of them all ("belum diperiksa"), each with its time and first words, opening
 * its turn. Shown only while the session has unchecked turns.
 */
import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import { formatClock } from '../../../shared/formats/timestamp.ts';
import { useT } from '../../i18n/context.tsx';
import { useEscapeCloses } from '../../ui/useEscapeCloses.ts';
import type { SessionStore } from './session/session-store.ts';

/** Enough of a turn's text to recognise it in the list. */
const PREVIEW_CHARS = 90;

export function DraftProgress({ store, readOnly }: { store: SessionStore; readOnly: boolean }) {
  const t = useT();
  const unchecked = useSyncExternalStore(store.subscribe, () => store.unchecked());
  const [listed, setListed] = useState(false);
  // Esc closes the open list here, not play/pause.
  const progress = useRef<HTMLSpanElement>(null);
  const closeList = useCallback(() => setListed(false), []);
  useEscapeCloses(progress, listed ? closeList : null);
  if (unchecked.length === 0) return null;

  function next() {
    const order = store.order();
    const here = order.indexOf(store.focus().caret?.turnId ?? store.focus().active ?? '');
    const after = unchecked.find((id) => order.indexOf(id) > here) ?? unchecked[0]!;
    store.activate(after, 'start');
  }

  return (
    <span ref={progress} className="draft-progress">
      <span className="unchecked-count" role="status">
        {t('draft.count', { n: unchecked.length })}
      </span>
      <button type="button" onClick={next} disabled={readOnly}>
        {t('draft.next')} ›
      </button>
      <button type="button" aria-expanded={listed} aria-controls="unchecked-list" onClick={() => setListed(!listed)}>
        {t('draft.list')} {listed ? '▴' : '▾'}
      </button>
      {listed && (
        <ol id="unchecked-list" className="unchecked-list" aria-label={t('draft.list')}>
          {unchecked.map((id) => {
            const turn = store.get(id)?.turn;
            if (!turn) return null;
            const text = turn.text.length > PREVIEW_CHARS ? `${turn.text.slice(0, PREVIEW_CHARS)}…` : turn.text;
            return (
              <li key={id}>
                <button type="button" onClick={() => store.activate(id, 'start')}>
                  {turn.timestamp != null && <span className="timestamp">[{formatClock(turn.timestamp, false)}]</span>} {text || '…'}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </span>
  );
}
