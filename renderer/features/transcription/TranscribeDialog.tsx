/**
 * "Transkripsi otomatis…": the session's recording transcribed on this computer by
 * whisper.cpp (its WebAssembly build, in a worker), with a model downloaded into the app's
 * data folder (desktop) or a model file the user chooses.
 * Progress with the time left, cancel, and a checkpoint after each chunk (kept in this
 * browser) so a stopped run resumes; the draft replaces the transcript in one undoable
 * step, its turns unchecked.
 */
import { useRef, useState } from 'react';
import { describeImportError, ImportError } from '../../../shared/formats/import-error.ts';
import type { Session } from '../../../shared/model.ts';
import { readModelHeader, whisperModel } from '../../../shared/transcription/models.ts';
import { readCheckpoint } from '../../../shared/transcription/checkpoint.ts';
import { draftTurns, transcribeRecording, type Checkpoint, type TranscriptionProgress } from '../../../shared/transcription/run.ts';
import { useDb } from '../../db/context.tsx';
import { placeTranscript } from '../transcript/session/place-transcript.ts';
import { useLang } from '../../i18n/context.tsx';
import type { useNotice } from '../../ui/Notice.tsx';
import { useStorageProblem } from '../../db/useFileImport.ts';
import type { SessionStore } from '../transcript/session/session-store.ts';
import { browserEngine } from './browser-engine.ts';
import { decodeRecording } from './decode-recording.ts';
import { ModelChoice, type ChosenModel } from './ModelChoice.tsx';
import { Dialog } from '../../ui/Dialog.tsx';

const LANGUAGES = ['id', 'en', 'jw', 'su', 'auto'] as const;
const checkpointKey = (sessionId: string) => `telaah.transcribe.${sessionId}`;

/** The checkpoint of an earlier run on this session; one that cannot be read back is no checkpoint (the run starts again). */
function kept(sessionId: string): Checkpoint | null {
  const stored = localStorage.getItem(checkpointKey(sessionId));
  if (stored === null) return null;
  const read = readCheckpoint(stored);
  return 'checkpoint' in read ? read.checkpoint : null;
}

interface Props {
  store: SessionStore;
  session: Session;
  recordingUrl: string;
  recordingName: string;
  notices: ReturnType<typeof useNotice>;
  onClose(): void;
}

export function TranscribeDialog({ store, session, recordingUrl, recordingName, notices, onClose }: Props) {
  const { t, lang } = useLang();
  const storageProblem = useStorageProblem();
  const db = useDb();
  const [model, setModel] = useState<ChosenModel | null>(null);
  const [language, setLanguage] = useState<(typeof LANGUAGES)[number]>('id');
  const hasTurns = store.order().length > 0;
  const [into, setInto] = useState<'replace' | 'append'>('append');
  const [progress, setProgress] = useState<TranscriptionProgress | null>(null);
  const [phase, setPhase] = useState<'choose' | 'running' | 'stopped'>('choose');
  const [problem, setProblem] = useState('');
  const controller = useRef<AbortController | null>(null);

  async function start() {
    if (!model) return;
    setProblem('');
    let modelFile: Blob;
    try {
      modelFile = model.kind === 'file' ? model.file : await (await fetch(model.url)).blob();
      readModelHeader(new Uint8Array(await modelFile.slice(0, 64).arrayBuffer()), model.kind === 'file' ? model.file.name : whisperModel(model.name)!.file, modelFile.size);
    } catch (e) {
      setProblem(e instanceof ImportError ? describeImportError(e, lang) : t('transcribe.failed', { message: String((e as Error)?.message ?? e) }));
      return;
    }
    setPhase('running');
    controller.current = new AbortController();
    let engine: Awaited<ReturnType<typeof browserEngine>> | null = null;
    try {
      const samples = await decodeRecording(await (await fetch(recordingUrl)).blob());
      engine = await browserEngine(modelFile);
      const run = await transcribeRecording(samples, {
        engine,
        language,
        signal: controller.current.signal,
        resume: kept(session.id),
        onProgress: setProgress,
        onCheckpoint: (c) => {
          try {
            localStorage.setItem(checkpointKey(session.id), JSON.stringify(c));
          } catch {
            // No room to keep it: the run goes on, a stopped one starts again.
          }
        },
      });
      if (run.cancelled) {
        setPhase('stopped');
        return;
      }
      const turns = draftTurns(run.segments);
      // One step of undo either way: the draft in place of the transcript, or after it with what was coded kept.
      const append = hasTurns && into === 'append';
      await placeTranscript(db, store, session.id, turns, recordingName, append);
      localStorage.removeItem(checkpointKey(session.id));
      notices.info(t('transcribe.done', { n: turns.length }));
      onClose();
    } catch (e) {
      setPhase('choose');
      setProblem(storageProblem(e, recordingName) ?? (e instanceof ImportError ? describeImportError(e, lang) : t('transcribe.failed', { message: String((e as Error)?.message ?? e) })));
    } finally {
      engine?.close();
    }
  }

  const percent = progress ? Math.round((100 * progress.doneSeconds) / Math.max(progress.totalSeconds, 1e-9)) : 0;
  return (
    <Dialog className="transcribe-dialog" label={t('transcribe.title')} onCancel={phase === 'running' ? null : onClose}>
      <h3>{t('transcribe.title')}</h3>
      <p className="muted">{t('transcribe.intro', { file: recordingName })}</p>
      {phase !== 'running' && (
        <>
          <ModelChoice chosen={model} onChoose={setModel} />
          {hasTurns && (
            <fieldset className="transcribe-into">
              <legend>{t('transcribe.into')}</legend>
              <label className="inline">
                <input type="radio" name="into" checked={into === 'append'} onChange={() => setInto('append')} /> {t('transcribe.append')}
              </label>
              <label className="inline">
                <input type="radio" name="into" checked={into === 'replace'} onChange={() => setInto('replace')} /> {t('transcribe.replace')}
              </label>
            </fieldset>
          )}
          <label>
            {t('transcribe.language')}
            <select value={language} onChange={(e) => setLanguage(e.target.value as (typeof LANGUAGES)[number])}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`transcribe.lang.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {phase === 'stopped' && <p role="status">{t('transcribe.stopped')}</p>}
      {phase === 'running' && (
        <div role="status" className="transcribe-progress">
          <progress max={100} value={percent} />
          <span>
            {t('transcribe.progress', { percent, chunk: progress?.chunk ?? 0, chunks: progress?.chunks ?? 0 })}
            {progress?.secondsLeft != null && ` · ${t('transcribe.left', { minutes: Math.max(1, Math.round(progress.secondsLeft / 60)) })}`}
          </span>
        </div>
      )}
      {problem && (
        <p className="danger-text" role="alert">
          {problem}
        </p>
      )}
      <div className="toolbar">
        {phase === 'running' ? (
          <button type="button" onClick={() => controller.current?.abort()}>
            {t('transcribe.stop')}
          </button>
        ) : (
          <>
            <button type="button" className="primary" disabled={!model} onClick={() => void start()}>
              {phase === 'stopped' ? t('transcribe.resume') : t('transcribe.start')}
            </button>
            <button type="button" onClick={onClose}>
              {t('common.close')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
