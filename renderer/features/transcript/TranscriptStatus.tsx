/**
 * The transcript's status at the end of the toolbar: words, the recording's length and
 * whether everything is saved. Its own component, so what changes while typing (the word
 * count, "Menyimpan…" and "Tersimpan") redraws only this.
 */
import { formatClock } from '../../../shared/formats/timestamp.ts';
import { useSaveState } from '../../db/hooks.ts';
import { useT } from '../../i18n/context.tsx';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import { useThrottled } from '../../ui/useThrottled.ts';
import type { SessionStore } from './session/session-store.ts';
import { useSessionStats } from './session/useSessionView.ts';

export function TranscriptStatus({ store, duration }: { store: SessionStore | null; duration: number }) {
  const t = useT();
  // The count follows typing once a second, not at every word.
  const words = useThrottled(useSessionStats(store).words, 1000);
  const saveState = useSaveState();
  return (
    <>
      <span className="muted status-counts">
        {t('status.words', { n: words })}
        {duration > 0 && ` · ${t('status.duration', { time: formatClock(duration, false) })}`}
      </span>
      <SaveStatus state={saveState} labels={{ saved: t('save.saved'), saving: t('save.saving'), failed: t('save.failed') }} />
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
