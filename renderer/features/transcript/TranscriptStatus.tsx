/**
 * The transcript's status at the end of the toolbar: words, the recording's length and
 * whether everything is saved. What changes with every key (the word count, a write
 * waiting) reaches React a few times a second at most: typing redraws nothing here.
 * "Menyimpan…" shows only once writes have waited SHOW_SAVING_AFTER_MS (typing is written
 * every few dozen milliseconds), so neither the label nor a screen reader flickers.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { formatClock } from '../../../shared/formats/timestamp.ts';
import { useDb } from '../../db/context.tsx';
import type { SaveState } from '../../db/save-status.ts';
import { useT } from '../../i18n/context.tsx';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import { useThrottledSnapshot } from '../../ui/useThrottledSnapshot.ts';
import type { SessionStore } from './session/session-store.ts';
import { useSessionStats } from './session/useSessionView.ts';

export const SHOW_SAVING_AFTER_MS = 500;
const noop = () => () => {};

/**
 * The save state as shown: writes waiting less than SHOW_SAVING_AFTER_MS still read as
 * saved. The element's `data-state` always carries the state itself, set without a redraw.
 */
function useShownSaveState(element: RefObject<HTMLElement | null>): SaveState {
  const { saveStatus } = useDb();
  const [shown, setShown] = useState(saveStatus.state);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const update = () => {
      const state = saveStatus.state();
      if (element.current) element.current.dataset.state = state;
      if (state === 'saving') {
        timer ??= setTimeout(() => ((timer = null), setShown(saveStatus.state())), SHOW_SAVING_AFTER_MS);
        return;
      }
      if (timer !== null) clearTimeout(timer);
      timer = null;
      setShown(state);
    };
    update();
    const unsubscribe = saveStatus.subscribe(update);
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [element, saveStatus]);
  return shown;
}

export function TranscriptStatus({ store, duration }: { store: SessionStore | null; duration: number }) {
  const t = useT();
  const subscribe = useCallback((listener: () => void) => store?.subscribe(listener) ?? noop(), [store]);
  const readWords = useCallback(() => store?.stats().words ?? 0, [store]);
  const words = useThrottledSnapshot(subscribe, readWords, 1000);
  const saveElement = useRef<HTMLSpanElement>(null);
  const state = useShownSaveState(saveElement);
  return (
    <>
      <span className="muted status-counts">
        {t('status.words', { n: words })}
        {duration > 0 && ` · ${t('status.duration', { time: formatClock(duration, false) })}`}
      </span>
      <SaveStatus ref={saveElement} state={state} labels={{ saved: t('save.saved'), saving: t('save.saving'), failed: t('save.failed'), full: t('save.full') }} />
    </>
  );
}

/** Undo and redo on the toolbar, enabled as the session's history allows. */
export function UndoButtons({ store, readOnly }: { store: SessionStore | null; readOnly: boolean }) {
  const t = useT();
  const { canUndo, canRedo } = useSessionStats(store);
  return (
    <>
      <button type="button" onClick={() => store?.undo()} disabled={readOnly || !canUndo} title="Ctrl+Z">
        {t('undo.undo')}
      </button>
      <button type="button" onClick={() => store?.redo()} disabled={readOnly || !canRedo} title="Ctrl+Shift+Z">
        {t('undo.redo')}
      </button>
    </>
  );
}
