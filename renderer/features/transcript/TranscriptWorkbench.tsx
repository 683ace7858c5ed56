/**
 * A session's transcript workbench: import/export of the transcript, the virtualized
 * list of editable turns with their segments, and the coding panel. It turns editor
 * events (split, join, move, select) into database writes and focus requests.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { OpenedFile } from '../../../shared/api.ts';
import {
  parseTranscriptFile,
  TRANSCRIPT_EXPORT_EXTENSIONS,
  TRANSCRIPT_IMPORT_EXTENSIONS,
  writeTranscriptFile,
  type TranscriptExportFormat,
} from '../../../shared/formats/transcript-file.ts';
import { UntimedTurn } from '../../../shared/formats/transcript-timed.ts';
import type { TranscriptTurn } from '../../../shared/formats/transcript-txt.ts';
import type { Study } from '../../../shared/model.ts';
import { setTranscript, transcriptOf } from '../../../shared/transcript.ts';
import { useDb } from '../../db/context.tsx';
import { useParticipants, useSaveState, useSession, useSessionMedia, useTranscript } from '../../db/hooks.ts';
import { attachSessionMedia } from '../../db/media.ts';
import { sessionRoster } from '../../../shared/roster.ts';
import { useSettings } from '../../settings.ts';
import { HotkeyHelp } from './HotkeyHelp.tsx';
import { MediaPlayer } from './media/MediaPlayer.tsx';
import { useMediaUrl } from './media/useMediaUrl.ts';
import { usePlayer } from './media/usePlayer.ts';
import { useTranscriptHotkeys } from './useTranscriptHotkeys.ts';
import { useTranscriptionActions } from './useTranscriptionActions.ts';
import { applyToProject, loadProject } from '../../db/project.ts';
import { applyCode, removeCode, setSegmentType } from '../../db/segments.ts';
import { addTurn, joinWithPrevious, setTurnSpeaker, splitTurn, type TurnEdit } from '../../db/turns.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import { useImportErrors } from '../../ui/useFileImport.ts';
import { useFileSave } from '../../ui/useFileSave.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { CodingPanel } from './CodingPanel.tsx';
import type { FocusRequest } from './plugins/FocusPlugin.tsx';
import type { SelectedSpan } from './plugins/SelectionPlugin.tsx';
import { TurnList } from './TurnList.tsx';

let focusToken = 0;

export function TranscriptWorkbench({ study, sessionId, jumpTo }: { study: Study; sessionId: string; jumpTo: string | null }) {
  const db = useDb();
  const host = useHost();
  const { t, lang } = useLang();
  const session = useSession(sessionId);
  const data = useTranscript(sessionId);
  const participants = useParticipants(study.id);
  const saveState = useSaveState();
  const notices = useNotice();
  const reportError = useImportErrors(notices);
  const [pendingImport, setPendingImport] = useState<OpenedFile | null>(null);
  const [exportFormat, setExportFormat] = useState<TranscriptExportFormat>('txt');
  const settings = useSettings();
  const media = useSessionMedia(sessionId);
  const mediaUrl = useMediaUrl(media);
  const player = usePlayer(settings.rewindSeconds);
  const activeTurn = useRef<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [capturingKey, setCapturingKey] = useState(false);
  const save = useFileSave(notices);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [selection, setSelection] = useState<(SelectedSpan & { turnId: string }) | null>(null);

  const requestFocus = useCallback((turnId: string, at: FocusRequest['at'], rev?: number) => setFocus({ turnId, at, token: ++focusToken, rev }), []);
  const onFocusDone = useCallback((token: number) => setFocus((f) => (f?.token === token ? null : f)), []);
  const onSelect = useCallback((turnId: string, span: SelectedSpan | null) => setSelection(span ? { ...span, turnId } : null), []);
  const onSplit = useCallback(
    async (edit: TurnEdit, offset: number) => {
      const created = await splitTurn(db, edit, offset);
      if (created) requestFocus(created, 'start');
    },
    [db, requestFocus],
  );
  const onJoinPrevious = useCallback(
    async (edit: TurnEdit) => {
      const joined = await joinWithPrevious(db, edit);
      if (joined) requestFocus(joined.turnId, joined.offset, joined.rev);
    },
    [db, requestFocus],
  );
  const turns = data?.turns;
  const onMove = useCallback(
    (turnId: string, direction: -1 | 1) => {
      const index = turns?.findIndex((x) => x.id === turnId) ?? -1;
      const next = turns?.[index + direction];
      if (next) requestFocus(next.id, direction < 0 ? 'end' : 'start');
    },
    [turns, requestFocus],
  );
  const roster = useMemo(() => sessionRoster(turns ?? [], participants ?? [], session?.moderator ?? ''), [turns, participants, session?.moderator]);
  const runAction = useTranscriptionActions({ sessionId, player, roster, skipSeconds: settings.skipSeconds, activeTurn, requestFocus });
  useTranscriptHotkeys(settings.keymap, runAction, !capturingKey);
  const onActivate = useCallback((turnId: string) => void (activeTurn.current = turnId), []);
  const onSeek = useCallback((seconds: number) => player.seek(seconds), [player]);

  async function attachMedia() {
    const attached = await host.attachMedia();
    if (attached) await attachSessionMedia(db, sessionId, attached);
  }

  const onSpeaker = useCallback((turnId: string, speakerId: string | null) => void setTurnSpeaker(db, turnId, speakerId), [db]);
  const onRemoveCode = useCallback((segmentId: string, code: string) => void removeCode(db, segmentId, code), [db]);
  const onSetType = useCallback((segmentId: string, type: string | null) => void setSegmentType(db, segmentId, type), [db]);

  async function apply(code: string) {
    if (!selection) return;
    try {
      await applyCode(db, { studyId: study.id, turnId: selection.turnId, start: selection.start, end: selection.end, code, coder: '' });
      notices.info(t('coding.applied', { code }));
      setSelection(null);
    } catch (e) {
      notices.error(t('error.unexpected', { message: messageOf(e) }));
    }
  }

  async function chooseTranscript() {
    notices.clear();
    if ((turns?.length ?? 0) > 0 && !window.confirm(t('transcript.replaceConfirm'))) return;
    const file = await host.openFile([{ name: t('transcript.files'), extensions: [...TRANSCRIPT_IMPORT_EXTENSIONS] }]);
    if (!file) return;
    try {
      parseTranscriptFile(file.name, file.content);
      setPendingImport(file);
    } catch (e) {
      reportError(e);
    }
  }

  async function importTurns(file: OpenedFile, parsed: TranscriptTurn[]) {
    setPendingImport(null);
    try {
      await applyToProject(db, study.id, (p) => setTranscript(p, sessionId, parsed, file.name));
      notices.info(t('transcript.imported', { file: file.name, n: parsed.length }));
    } catch (e) {
      reportError(e);
    }
  }

  async function exportTranscript() {
    if (!session) return;
    const project = await loadProject(db, study.id);
    try {
      const content = writeTranscriptFile(exportFormat, transcriptOf(project, sessionId));
      await save([{ name: `${session.title}.${exportFormat}`, content }], [{ name: exportFormat.toUpperCase(), extensions: [exportFormat] }]);
    } catch (e) {
      if (!(e instanceof UntimedTurn)) throw e;
      notices.error(t('transcript.untimed', { n: e.index + 1 }));
    }
  }

  async function startTyping() {
    requestFocus(await addTurn(db, sessionId, roster.moderator?.id ?? null, undefined, player.ready ? player.currentTime() : null), 'start');
  }

  return (
    <div className="workbench">
      <div className="toolbar">
        <button type="button" onClick={chooseTranscript}>
          {t('transcript.import')}
        </button>
        <span className="button-group">
          <button type="button" onClick={exportTranscript} disabled={!turns?.length}>
            {t('transcript.export')}
          </button>
          <select aria-label={t('transcript.exportFormat')} value={exportFormat} onChange={(e) => setExportFormat(e.target.value as TranscriptExportFormat)}>
            {TRANSCRIPT_EXPORT_EXTENSIONS.map((f) => (
              <option key={f} value={f}>
                .{f}
              </option>
            ))}
          </select>
        </span>
        <button type="button" onClick={() => void addTurn(db, sessionId, null).then((id) => requestFocus(id, 'start'))}>
          {t('transcript.addTurn')}
        </button>
        <button type="button" onClick={() => setHelpOpen((open) => !open)} aria-expanded={helpOpen}>
          {t('hotkeys.open')}
        </button>
        <span className="spacer" />
        <SaveStatus state={saveState} labels={{ saved: t('save.saved'), saving: t('save.saving'), failed: t('save.failed') }} />
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      {media !== undefined && <MediaPlayer media={media} url={mediaUrl.url} missing={mediaUrl.missing} player={player} skipSeconds={settings.skipSeconds} onAttach={attachMedia} />}
      <p className="help-line muted">{t('transcript.help')}</p>
      <div className="workbench-body">
        {data && participants ? (
          data.turns.length === 0 ? (
            <div className="empty transcript-empty">
              <p>{t('transcript.empty')}</p>
              <button type="button" className="primary" onClick={startTyping}>
                {t('transcript.startTyping')}
              </button>
            </div>
          ) : (
            <TurnList
              data={data}
              participants={participants}
              assistantTypes={study.assistantTypes}
              focus={focus}
              highlightTurnId={jumpTo}
              onFocusDone={onFocusDone}
              onSelect={onSelect}
              onSplit={onSplit}
              onJoinPrevious={onJoinPrevious}
              onMove={onMove}
              onSpeaker={onSpeaker}
              onRemoveCode={onRemoveCode}
              onSetType={onSetType}
              onActivate={onActivate}
              onSeek={media && mediaUrl.url ? onSeek : undefined}
              tenths={settings.tenths}
            />
          )
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
        <CodingPanel codebook={study.codebook} lang={lang} selection={selection} onApply={apply} />
      </div>
      {helpOpen && <HotkeyHelp settings={settings} roster={roster} onClose={() => setHelpOpen(false)} onCapturing={setCapturingKey} />}
      {pendingImport && participants && (
        <ImportDialog file={pendingImport} participants={participants} onCancel={() => setPendingImport(null)} onImport={(parsed) => void importTurns(pendingImport, parsed)} />
      )}
    </div>
  );
}
