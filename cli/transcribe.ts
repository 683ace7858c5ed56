/**
 * `transcribe <project> <recording> --session NAME --model FILE [--language id] [--gap S]
 * [--into append|replace]`: a recording turned into a draft of the session's transcript by
 * whisper.cpp on this computer. The model file's header is checked first; the recording
 * is cut at its pauses and transcribed chunk by chunk with progress on stderr; a
 * checkpoint beside the project file after every chunk lets a run stopped by Ctrl+C or a
 * crash resume where it was. The draft's turns are unchecked until someone reads them.
 */
import { basename } from 'node:path';
import type { Project } from '../shared/model.ts';
import { ImportError } from '../shared/formats/import-error.ts';
import { reason } from '../shared/formats/reasons.ts';
import { appendTranscript, createSession, findSession, setTranscript } from '../shared/transcript.ts';
import { resample, SPEECH_RATE } from '../shared/transcription/audio.ts';
import { readModelHeader } from '../shared/transcription/models.ts';
import { readCheckpoint } from '../shared/transcription/checkpoint.ts';
import { draftTurns, transcribeRecording, type Checkpoint, type TranscriptionProgress } from '../shared/transcription/run.ts';
import { DEFAULT_WHISPER_GAP } from '../shared/formats/transcript-whisper.ts';
import { option, parseArgs, required, UsageError } from './args.ts';
import type { Files } from './files.ts';
import { readRecording } from './read-recording.ts';
import { whisperEngine } from './whisper-engine.ts';

export const TRANSCRIBE_LANGUAGES = ['id', 'en', 'jw', 'su', 'auto'] as const;

/** Where a run keeps its checkpoint: beside the project file, one per session. */
export const checkpointPath = (projectPath: string, session: string) => `${projectPath}.transcribe-${session.replace(/[^\p{L}\p{N}]+/gu, '-')}.json`;

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export async function transcribe(argv: string[], files: Files, io: { load(path: string): Project; save(path: string, p: Project): void; log(line: string): void; signal?: AbortSignal }): Promise<string> {
  const args = parseArgs(argv, ['session', 'model', 'language', 'gap', 'into']);
  const projectPath = required(args, 0, 'project file');
  const audioPath = required(args, 1, 'recording (wav, mp3, m4a, ogg, flac…)');
  const title = args.options.get('session')?.trim();
  if (!title) throw new UsageError('--session NAME is required');
  const modelPath = args.options.get('model');
  if (!modelPath) throw new UsageError('--model FILE is required (a whisper.cpp ggml-*.bin file)');
  const language = option(args, 'language', TRANSCRIBE_LANGUAGES, 'id');
  const gap = Number(args.options.get('gap') ?? DEFAULT_WHISPER_GAP);
  if (!(gap > 0)) throw new UsageError('--gap must be a number of seconds above 0');
  const into = args.options.has('into') ? option(args, 'into', ['replace', 'append'] as const) : null;

  let project = io.load(projectPath);
  const existing = findSession(project, title);
  if (existing && project.turns.some((t) => t.sessionId === existing.id) && into === null) {
    throw new UsageError(`session "${title}" already has a transcript; add --into append to add the draft after it, or --into replace to replace it`);
  }
  readModelHeader(files.readStart(modelPath, 64), basename(modelPath), files.sizeOf(modelPath));
  const audio = await readRecording(files.readBytes(audioPath), basename(audioPath));
  const samples = resample(audio.samples, audio.rate, SPEECH_RATE);

  const keep = checkpointPath(projectPath, title);
  let resume: Checkpoint | null = null;
  if (files.exists(keep)) {
    const read = readCheckpoint(files.read(keep));
    if ('checkpoint' in read) resume = read.checkpoint;
    else io.log(`${keep}: not a checkpoint Telaah can resume from (${read.damaged}); transcribing from the start`);
  }
  let engine;
  try {
    engine = await whisperEngine(modelPath);
  } catch (error) {
    // A header that looks right over a body that is not: whisper.cpp says so by failing to load.
    throw new ImportError(basename(modelPath), null, reason('model.damaged', { detail: error instanceof Error ? error.message : String(error) }));
  }
  let run;
  try {
    run = await transcribeRecording(samples, {
      engine,
      language,
      signal: io.signal,
      resume,
      onCheckpoint: (c) => files.writeAtomically(keep, JSON.stringify(c)),
      onProgress: (p: TranscriptionProgress) =>
        io.log(`${Math.round((100 * p.doneSeconds) / Math.max(p.totalSeconds, 1e-9))}% (${p.chunk}/${p.chunks} chunks)${p.secondsLeft === null ? '' : `, about ${clock(p.secondsLeft)} left`}`),
    });
  } finally {
    await engine.release();
  }
  if (run.cancelled) return `stopped; ${Object.keys(run.checkpoint.done).length} of ${run.checkpoint.chunks.length} chunks done are kept in ${keep} and the next run resumes from there`;

  const turns = draftTurns(run.segments, gap);
  if (turns.length === 0) throw new ImportError(basename(audioPath), null, reason('audio.noSpeech'));
  let session = existing;
  if (!session) {
    session = createSession(project, title);
    project = { ...project, sessions: [...project.sessions, session] };
  }
  project = into === 'append' ? appendTranscript(project, session.id, turns, basename(audioPath)) : setTranscript(project, session.id, turns, basename(audioPath));
  io.save(projectPath, project);
  files.remove(keep);
  return `${basename(audioPath)}: ${turns.length} turns into "${title}", each marked unchecked`;
}
