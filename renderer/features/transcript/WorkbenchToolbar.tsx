/**
 * The transcript's toolbar: transcript files, a new turn, undo and redo, versions, find and
 * replace, the hotkeys, automatic transcription, the draft's progress, and the word count
 * with the save state. What each button opens belongs to the workbench; the toolbar says
 * which.
 */
import type { Participant, Session } from '../../../shared/model.ts';
import { useT } from '../../i18n/context.tsx';
import type { useNotice } from '../../ui/Notice.tsx';
import { DraftProgress } from './DraftProgress.tsx';
import type { SessionStore } from './session/session-store.ts';
import { TranscriptFiles } from './TranscriptFiles.tsx';
import { TranscriptStatus, UndoButtons } from './TranscriptStatus.tsx';

export type WorkbenchPanel = 'versions' | 'find' | 'help';

interface Props {
  store: SessionStore | null;
  session: Session | null | undefined;
  participants: Participant[] | undefined;
  readOnly: boolean;
  notices: ReturnType<typeof useNotice>;
  turnCount: number;
  versionCount: number;
  /** The panels open now. */
  open: ReadonlySet<WorkbenchPanel>;
  onToggle(panel: WorkbenchPanel): void;
  onSaveVersion(): void;
  /** Opens automatic transcription; absent while there is no playable recording. */
  onTranscribe?: () => void;
  duration: number;
}

export function WorkbenchToolbar({ store, session, participants, readOnly, notices, turnCount, versionCount, open, onToggle, onSaveVersion, onTranscribe, duration }: Props) {
  const t = useT();
  return (
    <div className="toolbar">
      {session && participants && store && <TranscriptFiles session={session} participants={participants} store={store} readOnly={readOnly} notices={notices} />}
      <button type="button" onClick={() => store?.addTurn(null, null, null)} disabled={readOnly}>
        {t('transcript.addTurn')}
      </button>
      <UndoButtons store={store} readOnly={readOnly} />
      <button type="button" onClick={onSaveVersion} disabled={readOnly || turnCount === 0}>
        {t('versions.save')}
      </button>
      <button type="button" onClick={() => onToggle('versions')} aria-expanded={open.has('versions')}>
        {t('versions.open')} ({versionCount})
      </button>
      <button type="button" onClick={() => onToggle('find')} aria-expanded={open.has('find')}>
        {t('find.open')}
      </button>
      <button type="button" onClick={() => onToggle('help')} aria-expanded={open.has('help')}>
        {t('hotkeys.open')}
      </button>
      <button type="button" onClick={onTranscribe} disabled={readOnly || !onTranscribe}>
        {t('transcribe.open')}
      </button>
      {store && <DraftProgress store={store} readOnly={readOnly} />}
      <span className="spacer" />
      <TranscriptStatus store={store} duration={duration} />
    </div>
  );
}
