/**
 * A session's transcript files: importing one (any supported format, through the
 * speaker-mapping step) and exporting the session as .txt, .srt or .vtt.
 */
import { forExport } from '../../../shared/anonymise.ts';
import { useState } from 'react';
import { EXPORT_NAMES, type ExportNames } from '../../../shared/model.ts';
import { useStudy } from '../../db/hooks.ts';
import type { OpenedFile } from '../../../shared/api.ts';
import {
  isTranscriptName,
  parseTranscriptFile,
  TRANSCRIPT_EXPORT_EXTENSIONS,
  TRANSCRIPT_IMPORT_EXTENSIONS,
  writeTranscriptFile,
  type TranscriptExportFormat,
} from '../../../shared/formats/transcript-file.ts';
import { UntimedTurn } from '../../../shared/formats/transcript-timed.ts';
import type { TranscriptTurn } from '../../../shared/formats/transcript-txt.ts';
import type { Participant, Session } from '../../../shared/model.ts';
import { transcriptOf } from '../../../shared/transcript.ts';
import { useDb } from '../../db/context.tsx';
import { loadProject } from '../../db/project.ts';
import { placeTranscript } from './session/place-transcript.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { messageOf, type useNotice } from '../../ui/Notice.tsx';
import { fileStemOf } from '../../../shared/file-name.ts';
import { useImportErrors, useStorageProblem } from '../../db/useFileImport.ts';
import { useFileSave } from '../../ui/useFileSave.ts';
import { useFileDrop, useMenuCommand } from '../../desktop/context.tsx';
import { openedFromFile } from '../../host/opened-file.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { useTurnCount } from './session/useSessionView.ts';
import type { SessionStore } from './session/session-store.ts';

export interface TranscriptFilesProps {
  session: Session;
  participants: Participant[];
  store: SessionStore;
  readOnly: boolean;
  notices: ReturnType<typeof useNotice>;
}

export function TranscriptFiles({ session, participants, store, readOnly, notices }: TranscriptFilesProps) {
  const db = useDb();
  const host = useHost();
  const { t, lang } = useLang();
  const reportError = useImportErrors(notices);
  const storageProblem = useStorageProblem();
  const save = useFileSave(notices);
  const [pending, setPending] = useState<OpenedFile | null>(null);
  const [format, setFormat] = useState<TranscriptExportFormat>('txt');
  // How the transcript names participants, in its turns and in the speech: the study's export setting unless chosen here.
  const study = useStudy(session.studyId);
  const [chosenNames, setNames] = useState<ExportNames | null>(null);
  const names = chosenNames ?? study?.exportNames ?? 'pseudonym';

  const turnCount = useTurnCount(store);
  useMenuCommand('importTranscript', readOnly ? null : () => void choose());
  useFileDrop(isTranscriptName, async (file) => offer(await openedFromFile(file)), !readOnly);

  async function choose() {
    notices.clear();
    const file = await host.openFile([{ name: t('transcript.files'), extensions: [...TRANSCRIPT_IMPORT_EXTENSIONS] }]);
    if (file) offer(file);
  }

  /** A transcript file, chosen or dropped, goes to the speaker-mapping step when it reads. */
  function offer(file: OpenedFile) {
    notices.clear();
    try {
      parseTranscriptFile(file.name, file.bytes ?? file.content);
      setPending(file);
    } catch (e) {
      reportError(e);
    }
  }

  async function importTurns(file: OpenedFile, turns: TranscriptTurn[], into: 'replace' | 'append') {
    setPending(null);
    try {
      // Appended, the session keeps its turns and their coding; replaced, it starts again from the file.
      const append = into === 'append' && store.turns().length > 0;
      // "Imported" is said once the turns are stored, not only shown.
      await placeTranscript(db, store, session.id, turns, file.name, append);
      notices.info(t('transcript.imported', { file: file.name, n: turns.length }));
    } catch (e) {
      const notStored = storageProblem(e, file.name);
      if (notStored) notices.error(notStored);
      else reportError(e);
    }
  }

  async function exportTranscript() {
    // Exported transcripts name participants as chosen beside the button; they are read from what is stored.
    try {
      await store.flush();
    } catch (e) {
      return notices.error(storageProblem(e, t('storage.changes')) ?? messageOf(e));
    }
    const stored = await loadProject(db, session.studyId);
    const project = forExport({ ...stored, study: { ...stored.study, exportNames: names } });
    try {
      const content = await writeTranscriptFile(format, transcriptOf(project, session.id), session, lang);
      await save([{ name: `${fileStemOf(session.title, 'transkrip')}.${format}`, content }], [{ name: format.toUpperCase(), extensions: [format] }]);
    } catch (e) {
      if (!(e instanceof UntimedTurn)) throw e;
      notices.error(t('transcript.untimed', { n: e.index + 1 }));
    }
  }

  return (
    <>
      <button type="button" onClick={choose} disabled={readOnly}>
        {t('transcript.import')}
      </button>
      <span className="button-group">
        <button type="button" onClick={exportTranscript} disabled={turnCount === 0}>
          {t('transcript.export')}
        </button>
        <select aria-label={t('transcript.exportFormat')} value={format} onChange={(e) => setFormat(e.target.value as TranscriptExportFormat)}>
          {TRANSCRIPT_EXPORT_EXTENSIONS.map((f) => (
            <option key={f} value={f}>
              .{f}
            </option>
          ))}
        </select>
        <select aria-label={t('transcript.exportNames')} title={t('transcript.exportNamesHint')} value={names} onChange={(e) => setNames(e.target.value as ExportNames)}>
          {EXPORT_NAMES.map((n) => (
            <option key={n} value={n}>
              {t(`transcript.names.${n}`)}
            </option>
          ))}
        </select>
      </span>
      {pending && <ImportDialog file={pending} participants={participants} existingTurns={turnCount} onCancel={() => setPending(null)} onImport={(turns, into) => void importTurns(pending, turns, into)} />}
    </>
  );
}
