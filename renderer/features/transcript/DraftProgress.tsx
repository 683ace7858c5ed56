/**
 * How much of an automatic transcript is still to be read: the number of unchecked turns
 * and a button that takes the caret to the next one (after the caret, then from the top).
 * Shown only while the session has unchecked turns.
 */
import { useSyncExternalStore } from 'react';
import { useT } from '../../i18n/context.tsx';
import type { SessionStore } from './session/session-store.ts';

export function DraftProgress({ store, readOnly }: { store: SessionStore; readOnly: boolean }) {
  const t = useT();
  const unchecked = useSyncExternalStore(store.subscribe, () => store.unchecked());
  if (unchecked.length === 0) return null;

  function next() {
    const order = store.order();
    const here = order.indexOf(store.focus().caret?.turnId ?? store.focus().active ?? '');
    const after = unchecked.find((id) => order.indexOf(id) > here) ?? unchecked[0]!;
    store.activate(after, 'start');
  }

  return (
    <span className="draft-progress" role="status">
      <span className="unchecked-count">{t('draft.count', { n: unchecked.length })}</span>
      <button type="button" onClick={next} disabled={readOnly}>
        {t('draft.next')} ›
      </button>
    </span>
  );
}
