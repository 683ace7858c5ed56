/**
 * A session's transcript workbench: the recording, the transcript (one session store
 * that every edit goes through), the coding panel, transcript files, versions and
 * hotkeys. Another tab editing the same study makes this one read-only.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { studyCoders } from '../../../shared/coders.ts';
import { useDefaultCoder } from './useDefaultCoder.ts';
import { listCodes } from '../../../shared/codebook.ts';
import type { Study } from '../../../shared/model.ts';
import { sessionRoster } from '../../../shared/roster.ts';
import { trimSpan } from '../../../shared/span-edit.ts';
import { formatClock } from '../../../shared/formats/timestamp.ts';
import { inTimeOrder, type TimeOrderProblem } from '../../../shared/time-order.ts';
import { useCoderChoice, type CoderChoice } from '../../coder-choice.ts';
import { useDb } from '../../db/context.tsx';
import { useParticipants, useSession, useSessionMedia, useVersions } from '../../db/hooks.ts';
import { attachSessionMedia } from '../../db/media.ts';
import type { SegmentRow } from '../../db/schema.ts';
import { addCoder, renameCoder } from '../../db/studies.ts';
import { saveVersion } from '../../db/versions.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { useSettings } from '../../settings.ts';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';
import { useStorageProblem } from '../../db/useFileImport.ts';
import { CoderBar } from './CoderBar.tsx';
import { CodingPanel } from './CodingPanel.tsx';
import { EditingNotice } from './EditingNotice.tsx';
import { CollabStatus, noPresence, PresenceContext } from '../collab/CollabStatus.tsx';
import { TranscribeDialog } from '../transcription/TranscribeDialog.tsx';
import { FindReplace } from './FindReplace.tsx';
import { HotkeyHelp } from './HotkeyHelp.tsx';
import { MediaPlayer } from './media/MediaPlayer.tsx';
import { useMediaUrl } from './media/useMediaUrl.ts';
import { usePlayer } from './media/usePlayer.ts';
import { useTypingPause } from './media/useTypingPause.ts';
import { usePedalPlayer } from '../pedals/usePedalPlayer.ts';
import type { SelectedSpan } from './plugins/SelectionPlugin.tsx';
import { useSessionStore } from './session/useSessionStore.ts';
import { useSessionCoders, useTurnCount } from './session/useSessionView.ts';
import { useRefusedKeys, useWaitingKeys } from './session/useWaitingKeys.ts';
import { useAutoVersions } from './useAutoVersions.ts';
import { useSessionMenus } from './useSessionMenus.ts';
import { useSessionUndo } from './useSessionUndo.ts';
import { useTranscriptHotkeys } from './useTranscriptHotkeys.ts';
import { useTranscriptionActions } from './useTranscriptionActions.ts';
import { RosterKeys } from './RosterKeys.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';
import { WorkbenchToolbar, type WorkbenchPanel } from './WorkbenchToolbar.tsx';
import { clearStaticSelection } from './view/dom-offset.ts';
import { TurnList } from './view/TurnList.tsx';

const everyone = () => true;

const NO_SPEAKERS: readonly string[] = [];
const noSubscription = () => () => {};

export function TranscriptWorkbench({ study, sessionId, jumpTo }: { study: Study; sessionId: string; jumpTo: string | null }) {
  const db = useDb();
  const host = useHost();
  const { t, lang } = useLang();
  const session = useSession(sessionId);
  const { store, lock, takeOver, collab } = useSessionStore(study.id, sessionId);
  const readOnly = lock !== 'editing';
  const turnCount = useTurnCount(store);
  const coderSegments = useSessionCoders(store);
  const [coding, setCoding] = useCoderChoice(study.id);
  const participants = useParticipants(study.id);
  const notices = useNotice();
  const storageProblem = useStorageProblem();
  const settings = useSettings();
  const media = useSessionMedia(sessionId);
  const mediaUrl = useMediaUrl(media);
  const player = usePlayer(settings.rewindSeconds, sessionId);
  useTypingPause(player, settings.typingPause && player.ready, settings.typingResumeSeconds);
  usePedalPlayer(player, settings.skipSeconds, settings.pedals);
  const [transcribeOpen, setTranscribeOpen] = useState(false);
  const [capturingKey, setCapturingKey] = useState(false);
  const versions = useVersions(sessionId);
  // The side panels the toolbar opens and closes: versions, find and replace, the hotkeys.
  const [openPanels, setOpenPanels] = useState<ReadonlySet<WorkbenchPanel>>(new Set());
  const togglePanel = useCallback((panel: WorkbenchPanel) => setOpenPanels((now) => (now.has(panel) ? new Set([...now].filter((p) => p !== panel)) : new Set([...now, panel]))), []);
  const openPanel = useCallback((panel: WorkbenchPanel) => setOpenPanels((now) => (now.has(panel) ? now : new Set([...now, panel]))), []);
  const [found, setFound] = useState<string | null>(null);
  const [selection, setSelection] = useState<(SelectedSpan & { turnId: string }) | null>(null);
  const flush = useCallback(() => store?.flush() ?? Promise.resolve(), [store]);
  useAutoVersions(sessionId, versions?.[0]?.createdAt, flush);

  const isShown = useMemo(() => (coding.blind && coding.coder ? (s: SegmentRow) => s.coder === coding.coder : everyone), [coding.blind, coding.coder]);
  useLayoutEffect(() => void (store && (store.isShown = isShown)), [store, isShown]);
  const selectionRefused = useCallback(() => notices.error(t('transcript.selectionUnplaced')), [notices, t]);
  useWaitingKeys(readOnly ? null : store, selectionRefused);
  // Keys typed while another tab edits (or while this one is losing the study to it) are refused visibly.
  const [refused, setRefused] = useState(false);
  const refuse = useCallback(() => setRefused(true), []);
  useLayoutEffect(() => void (store && (store.onRefused = refuse)), [store, refuse]);
  const stepTaken = useCallback(() => notices.error(t('collab.undoTaken')), [notices, t]);
  useLayoutEffect(() => void (store && (store.onStepTaken = stepTaken)), [store, stepTaken]);
  if (refused && lock === 'editing') setRefused(false);
  useRefusedKeys(readOnly && store !== null, refuse);
  useSessionUndo(readOnly ? null : store);

  const onSelect = useCallback((turnId: string, span: SelectedSpan | null) => setSelection(span ? { ...span, turnId } : null), []);
  const selectionRef = useRef(selection);
  selectionRef.current = selection;
  const onSpanFromSelection = useCallback(
    (segmentId: string) => {
      const state = store?.turnOfSegment(segmentId);
      const selected = selectionRef.current;
      const span = state && selected && selected.turnId === state.turn.id ? trimSpan(state.turn.text, selected) : null;
      if (!span || span.start >= span.end || !store?.setSegmentSpan(segmentId, span.start, span.end)) notices.error(t('segment.selectFirst'));
    },
    [store, notices, t],
  );
  const coders = useMemo(() => studyCoders({ study, segments: coderSegments }), [study, coderSegments]);
  const defaultCoder = useDefaultCoder(coders);
  const codeColors = useMemo(() => new Map(listCodes(study.codebook).map((c) => [c.code, c.role.color])), [study.codebook]);
  // With two or more coders' segments in view, stripes say whose each is, in the coder's colour.
  const blind = coding.blind && coding.coder !== '';
  const coderColors = useMemo(() => (!blind && coderSegments.filter((s) => s.coder !== '').length > 1 ? new Map(coders.map((c) => [c.name, c.color])) : null), [blind, coderSegments, coders]);
  const spoken = useSyncExternalStore(store?.subscribe ?? noSubscription, () => store?.speakers() ?? NO_SPEAKERS);
  const roster = useMemo(() => sessionRoster(session?.roster ?? [], participants ?? [], session?.moderator ?? '', spoken), [session?.roster, participants, session?.moderator, spoken]);
  const codeSearch = useRef<HTMLInputElement>(null);
  const toCodeSearch = useCallback(() => codeSearch.current?.focus(), []);
  const { error: warn, info: tell } = notices;
  // The warning offers to put the turns in time order, as one step that Ctrl+Z takes back.
  const onOutOfOrder = useCallback(
    (problem: TimeOrderProblem, time: number) =>
      warn(t(problem.side === 'before' ? 'timestamp.earlierThanBefore' : 'timestamp.laterThanAfter', { time: formatClock(time, settings.tenths), other: formatClock(problem.neighbour.timestamp ?? 0, settings.tenths) }), {
        label: t('timestamp.sort'),
        run: () => {
          if (!store) return;
          store.replaceSession(inTimeOrder(store.turns()), store.segments());
          tell(t('timestamp.sorted'));
        },
      }),
    [warn, tell, t, settings.tenths, store],
  );
  const runAction = useTranscriptionActions({ store: readOnly ? null : store, player, roster, skipSeconds: settings.skipSeconds, speakerLeadSeconds: settings.speakerLeadSeconds, tenths: settings.tenths, toCodeSearch, onOutOfOrder });
  useTranscriptHotkeys(settings.keymap, runAction, !capturingKey);
  const onSeek = useCallback((seconds: number, play?: boolean) => (play ? player.playFrom(seconds) : player.seek(seconds)), [player]);

  function chooseCoder(patch: Partial<CoderChoice>) {
    const given = coding.assumed && coding.coder !== '' && patch.coder !== undefined && patch.coder !== coding.coder;
    setCoding(patch.coder === undefined ? patch : { ...patch, assumed: patch.assumed ?? false });
    if (!patch.coder) return;
    // The name given to statements coded before anyone chose one is the chooser's: those statements become theirs.
    if (given && store && !readOnly) {
      store.renameCoder(coding.coder, patch.coder);
      void renameCoder(db, study.id, coding.coder, patch.coder, sessionId);
    } else void addCoder(db, study.id, patch.coder);
  }

  async function attachMedia() {
    const attached = await host.attachMedia();
    if (attached) await attachSessionMedia(db, sessionId, attached);
  }

  useSessionMenus({
    store,
    readOnly,
    openPanel,
    attachMedia: () => void attachMedia(),
    async attachDropped(file) {
      const attached = await host.attachDroppedMedia(file);
      if (!attached) return;
      await attachSessionMedia(db, sessionId, attached);
      notices.info(t('media.attached', { file: attached.name }));
    },
    toCodeSearch,
  });

  function apply(code: string) {
    if (!selection || !store) return;
    // Every segment has a coder: coding before choosing a name codes as the study's first coder, named until the coder names themselves.
    const coder = coding.coder || defaultCoder;
    if (!coding.coder) chooseCoder({ coder, assumed: true });
    if (store.applyCode(selection.turnId, { studyId: study.id, start: selection.start, end: selection.end, code, coder }) === null) return;
    notices.info(t('coding.applied', { code }));
    setSelection(null);
    clearStaticSelection();
  }

  async function saveManualVersion() {
    try {
      await flush();
      await saveVersion(db, sessionId, 'manual');
      notices.info(t('versions.saved'));
    } catch (e) {
      notices.error(storageProblem(e, t('storage.changes')) ?? messageOf(e));
    }
  }

  const startTyping = () => store?.addTurn(null, roster.moderator?.id ?? null, player.ready ? player.currentTime() : null);

  return (
    <PresenceContext value={collab?.presence ?? noPresence}>
    <div className="workbench">
      <WorkbenchToolbar
        store={store}
        session={session}
        participants={participants}
        readOnly={readOnly}
        notices={notices}
        turnCount={turnCount}
        versionCount={versions?.length ?? 0}
        open={openPanels}
        onToggle={togglePanel}
        onSaveVersion={() => void saveManualVersion()}
        onTranscribe={media && mediaUrl.url ? () => setTranscribeOpen(true) : undefined}
        duration={player.duration}
      />
      {collab ? <CollabStatus collab={collab} typedRefused={refused} /> : <EditingNotice lock={lock} refused={refused} onTakeOver={takeOver} />}
      {transcribeOpen && store && session && media && mediaUrl.url && (
        <TranscribeDialog store={store} session={session} recordingUrl={mediaUrl.url} recordingName={media.name} notices={notices} onClose={() => setTranscribeOpen(false)} />
      )}
      {openPanels.has('find') && store && (
        <FindReplace store={store} readOnly={readOnly} onGoTo={setFound} onReplaced={(n) => notices.info(t('find.replaced', { n }))} onClose={() => (togglePanel('find'), setFound(null))} />
      )}
      <Notice notice={notices.notice} onClose={notices.clear} />
      {media !== undefined && <MediaPlayer media={media} url={mediaUrl.url} missing={mediaUrl.missing} player={player} skipSeconds={settings.skipSeconds} onAttach={attachMedia} />}
      <RosterKeys roster={roster} keymap={settings.keymap} />
      <p className="help-line muted">{t('transcript.help')}</p>
      <div className="workbench-body">
        {store && participants ? (
          turnCount === 0 ? (
            <div className="empty transcript-empty">
              <p>{t('transcript.empty')}</p>
              <button type="button" className="primary" onClick={startTyping} disabled={readOnly}>
                {t('transcript.startTyping')}
              </button>
            </div>
          ) : (
            <TurnList
              store={store}
              readOnly={readOnly}
              participants={participants}
              assistantTypes={study.assistantTypes}
              highlightTurnId={found ?? jumpTo}
              isShown={isShown}
              onSelect={onSelect}
              onSpanFromSelection={onSpanFromSelection}
              codeColors={codeColors}
              coderColors={coderColors}
              onSeek={media && mediaUrl.url ? onSeek : undefined}
              tenths={settings.tenths}
              textLang={study.language}
              media={mediaUrl.url ? player.element : null}
            />
          )
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
        <div className="coding-side">
          <CoderBar coders={coders} choice={coding} onChange={chooseCoder} />
          <CodingPanel codebook={study.codebook} codeColors={codeColors} lang={lang} selection={readOnly ? null : selection} onApply={apply} searchRef={codeSearch} />
        </div>
      </div>
      {openPanels.has('versions') && versions && participants && store && (
        <VersionsPanel store={store} readOnly={readOnly} versions={versions} participants={participants} onClose={() => togglePanel('versions')} onRestored={() => notices.info(t('versions.restored'))} />
      )}
      {openPanels.has('help') && <HotkeyHelp settings={settings} roster={roster} onClose={() => togglePanel('help')} onCapturing={setCapturingKey} />}
    </div>
    </PresenceContext>
  );
}
