/**
 * A session's transcript workbench: import/export of the transcript, the virtualized
 * list of editable turns with their segments, and the coding panel. It turns editor
 * events (split, join, move, select) into database writes and focus requests.
 */
import { useCallback, useState } from 'react';
import { parseTranscriptTxt, writeTranscriptTxt } from '../../../shared/formats/transcript-txt.ts';
import type { Study } from '../../../shared/model.ts';
import { setTranscript, transcriptOf } from '../../../shared/transcript.ts';
import { useDb } from '../../db/context.tsx';
import { useParticipants, useSaveState, useSession, useTranscript } from '../../db/hooks.ts';
import { loadProject } from '../../db/project.ts';
import { applyCode, removeCode, setSegmentType } from '../../db/segments.ts';
import { addTurn, joinWithPrevious, setTurnSpeaker, splitTurn, type TurnEdit } from '../../db/turns.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';
import { SaveStatus } from '../../ui/SaveStatus.tsx';
import { useFileImport } from '../../ui/useFileImport.ts';
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
  const runImport = useFileImport(study.id, notices);
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

  async function importTxt() {
    if (!session) return;
    if ((turns?.length ?? 0) > 0 && !window.confirm(t('transcript.replaceConfirm'))) return;
    await runImport(
      [{ name: 'Transkrip', extensions: ['txt'] }],
      (p, text, file) => setTranscript(p, sessionId, parseTranscriptTxt(text, file), file),
      (file, p) => t('transcript.imported', { file, n: p.turns.filter((x) => x.sessionId === sessionId).length }),
    );
  }

  async function exportTxt() {
    if (!session) return;
    const project = await loadProject(db, study.id);
    await host.saveFile({ name: `${session.title}.txt`, content: writeTranscriptTxt(transcriptOf(project, sessionId)) }, [{ name: 'Transkrip', extensions: ['txt'] }]);
  }

  async function startTyping() {
    requestFocus(await addTurn(db, sessionId, participants?.[0]?.id ?? null), 'start');
  }

  return (
    <div className="workbench">
      <div className="toolbar">
        <button type="button" onClick={importTxt}>
          {t('transcript.import')}
        </button>
        <button type="button" onClick={exportTxt} disabled={!turns?.length}>
          {t('transcript.export')}
        </button>
        <button type="button" onClick={() => void addTurn(db, sessionId, null).then((id) => requestFocus(id, 'start'))}>
          {t('transcript.addTurn')}
        </button>
        <span className="spacer" />
        <SaveStatus state={saveState} labels={{ saved: t('save.saved'), saving: t('save.saving'), failed: t('save.failed') }} />
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
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
            />
          )
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
        <CodingPanel codebook={study.codebook} lang={lang} selection={selection} onApply={apply} />
      </div>
    </div>
  );
}
