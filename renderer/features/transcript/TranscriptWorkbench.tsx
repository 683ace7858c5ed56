/**
 * A session's transcript workbench: the recording, the virtualized list of editable
 * turns with their segments, the coding panel, transcript files, versions and hotkeys.
 * It turns editor events (split, join, move, select) and hotkeys into database writes
 * and focus requests.
 */
import { studyCoders } from '../../../shared/coders.ts';
import { useCoderChoice, type CoderChoice } from '../../coder.ts';
import { addCoder } from '../../db/studies.ts';
import { CoderBar } from './CoderBar.tsx';
import { useCoderView } from './useCoderView.ts';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Study } from '../../../shared/model.ts';
import { listCodes } from '../../../shared/codebook.ts';
import { sessionRoster } from '../../../shared/roster.ts';
import { formatClock } from '../../../shared/formats/timestamp.ts';
import { countWords } from '../../../shared/versions.ts';
import { useDb } from '../../db/context.tsx';
import { useParticipants, useSaveState, useSession, useSessionMedia, useTranscript, useVersions } from '../../db/hooks.ts';
import { attachSessionMedia } from '../../db/media.ts';
import { applyCode } from '../../db/segments.ts';
import { addTurn } from '../../db/turns.ts';
import { saveVersion } from '../../db/versions.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { useSettings } from '../../settings.ts';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import { CodingPanel } from './CodingPanel.tsx';
import { HotkeyHelp } from './HotkeyHelp.tsx';
import { MediaPlayer } from './media/MediaPlayer.tsx';
import { useMediaUrl } from './media/useMediaUrl.ts';
import { usePlayer } from './media/usePlayer.ts';
import type { FocusRequest } from './plugins/FocusPlugin.tsx';
import type { SelectedSpan } from './plugins/SelectionPlugin.tsx';
import { FindReplace } from './FindReplace.tsx';
import { TranscriptFiles } from './TranscriptFiles.tsx';
import { TurnList } from './TurnList.tsx';
import { useAutoVersions } from './useAutoVersions.ts';
import { useTurnChanges } from './useTurnChanges.ts';
import { useUndo } from './useUndo.ts';
import { useTranscriptHotkeys } from './useTranscriptHotkeys.ts';
import { useTranscriptionActions } from './useTranscriptionActions.ts';
import { VersionsPanel } from './VersionsPanel.tsx';

let focusToken = 0;

export function TranscriptWorkbench({ study, sessionId, jumpTo }: { study: Study; sessionId: string; jumpTo: string | null }) {
  const db = useDb();
  const host = useHost();
  const { t, lang } = useLang();
  const session = useSession(sessionId);
  const [coding, setCoding] = useCoderChoice(study.id);
  const data = useCoderView(useTranscript(sessionId), coding);
  const participants = useParticipants(study.id);
  const saveState = useSaveState();
  const notices = useNotice();
  const settings = useSettings();
  const media = useSessionMedia(sessionId);
  const mediaUrl = useMediaUrl(media);
  const player = usePlayer(settings.rewindSeconds);
  const activeTurn = useRef<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [capturingKey, setCapturingKey] = useState(false);
  const versions = useVersions(sessionId);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const [found, setFound] = useState<string | null>(null);
  useAutoVersions(sessionId, versions?.[0]?.createdAt);
  const undo = useUndo(sessionId);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [selection, setSelection] = useState<(SelectedSpan & { turnId: string }) | null>(null);

  const requestFocus = useCallback((turnId: string, at: FocusRequest['at'], rev?: number) => setFocus({ turnId, at, token: ++focusToken, rev }), []);
  const onFocusDone = useCallback((token: number) => setFocus((f) => (f?.token === token ? null : f)), []);
  const onSelect = useCallback((turnId: string, span: SelectedSpan | null) => setSelection(span ? { ...span, turnId } : null), []);
  const turns = data?.turns;
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const currentSelection = useCallback(() => selectionRef.current, []);
  const onSelectionMissing = useCallback(() => notices.error(t('segment.selectFirst')), [notices, t]);
  const changes = useTurnChanges(data, undo, requestFocus, currentSelection, onSelectionMissing);
  const coders = useMemo(() => studyCoders({ study, segments: [...(data?.segmentsByTurn.values() ?? [])].flat() }), [study, data]);
  const codeColors = useMemo(() => new Map(listCodes(study.codebook).map((c) => [c.code, c.role.color])), [study.codebook]);
  const wordCount = useMemo(() => countWords((turns ?? []).map((x) => x.text)), [turns]);
  const roster = useMemo(() => sessionRoster(turns ?? [], participants ?? [], session?.moderator ?? ''), [turns, participants, session?.moderator]);
  const runAction = useTranscriptionActions({ sessionId, player, roster, skipSeconds: settings.skipSeconds, activeTurn, requestFocus, record: undo.record });
  useTranscriptHotkeys(settings.keymap, runAction, !capturingKey);
  const onActivate = useCallback((turnId: string) => void (activeTurn.current = turnId), []);
  const onSeek = useCallback((seconds: number) => player.seek(seconds), [player]);

  function chooseCoder(patch: Partial<CoderChoice>) {
    setCoding(patch);
    if (patch.coder) void addCoder(db, study.id, patch.coder);
  }

  async function attachMedia() {
    const attached = await host.attachMedia();
    if (attached) await attachSessionMedia(db, sessionId, attached);
  }

  async function apply(code: string) {
    if (!selection) return;
    try {
      await undo.record([selection.turnId], async () => void (await applyCode(db, { studyId: study.id, turnId: selection.turnId, start: selection.start, end: selection.end, code, coder: coding.coder })));
      notices.info(t('coding.applied', { code }));
      setSelection(null);
    } catch (e) {
      notices.error(t('error.unexpected', { message: messageOf(e) }));
    }
  }

  async function addTurnAfter(speakerId: string | null, afterId?: string, timestamp: number | null = null) {
    let created = '';
    await undo.record([], async () => [(created = await addTurn(db, sessionId, speakerId, afterId, timestamp))]);
    requestFocus(created, 'start');
  }

  async function startTyping() {
    await addTurnAfter(roster.moderator?.id ?? null, undefined, player.ready ? player.currentTime() : null);
  }

  return (
    <div className="workbench">
      <div className="toolbar">
        {session && participants && <TranscriptFiles session={session} participants={participants} turnCount={turns?.length ?? 0} notices={notices} />}
        <button type="button" onClick={() => void addTurnAfter(null)}>
          {t('transcript.addTurn')}
        </button>
        <button type="button" onClick={() => void undo.undo()} disabled={!undo.canUndo} title="Ctrl+Z">
          {t('undo.undo')}
        </button>
        <button type="button" onClick={() => void undo.redo()} disabled={!undo.canRedo} title="Ctrl+Shift+Z">
          {t('undo.redo')}
        </button>
        <button type="button" onClick={() => void saveVersion(db, sessionId, 'manual').then(() => notices.info(t('versions.saved')))} disabled={!turns?.length}>
          {t('versions.save')}
        </button>
        <button type="button" onClick={() => setVersionsOpen((open) => !open)} aria-expanded={versionsOpen}>
          {t('versions.open')} ({versions?.length ?? 0})
        </button>
        <button type="button" onClick={() => setFindOpen((open) => !open)} aria-expanded={findOpen}>
          {t('find.open')}
        </button>
        <button type="button" onClick={() => setHelpOpen((open) => !open)} aria-expanded={helpOpen}>
          {t('hotkeys.open')}
        </button>
        <span className="spacer" />
        <span className="muted status-counts">
          {t('status.words', { n: wordCount })}
          {player.duration > 0 && ` · ${t('status.duration', { time: formatClock(player.duration, false) })}`}
        </span>
        <SaveStatus state={saveState} labels={{ saved: t('save.saved'), saving: t('save.saving'), failed: t('save.failed') }} />
      </div>
      {findOpen && turns && (
        <FindReplace
          sessionId={sessionId}
          turns={turns}
          record={undo.record}
          onGoTo={setFound}
          onReplaced={(n) => notices.info(t('find.replaced', { n }))}
          onClose={() => (setFindOpen(false), setFound(null))}
        />
      )}
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
              highlightTurnId={found ?? jumpTo}
              onFocusDone={onFocusDone}
              onSelect={onSelect}
              {...changes}
              codeColors={codeColors}
              onActivate={onActivate}
              onTyped={undo.typed}
              onSeek={media && mediaUrl.url ? onSeek : undefined}
              tenths={settings.tenths}
            />
          )
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
        <div className="coding-side">
          <CoderBar coders={coders} choice={coding} onChange={chooseCoder} />
          <CodingPanel codebook={study.codebook} codeColors={codeColors} lang={lang} selection={selection} onApply={apply} />
        </div>
      </div>
      {versionsOpen && versions && participants && (
        <VersionsPanel versions={versions} participants={participants} onClose={() => setVersionsOpen(false)} onRestored={() => notices.info(t('versions.restored'))} />
      )}
      {helpOpen && <HotkeyHelp settings={settings} roster={roster} onClose={() => setHelpOpen(false)} onCapturing={setCapturingKey} />}
    </div>
  );
}
