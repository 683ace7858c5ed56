/**
 * A recording transcribed chunk by chunk by a speech engine (whisper.cpp behind the
 * `SpeechEngine` interface): speech cut at its pauses (chunks.ts), each chunk given to the
 * engine in turn, its segments moved to the recording's time, progress with the time
 * left told after each chunk, cancelling between chunks (and inside one, where the
 * engine can), and a checkpoint after every finished chunk so that a crash or a closed
 * window resumes where it stopped instead of starting again.
 */
import { cuesToTurns } from '../formats/cues.ts';
import { DEFAULT_WHISPER_GAP } from '../formats/transcript-whisper.ts';
import type { TranscriptTurn } from '../formats/transcript-txt.ts';
import { SPEECH_RATE } from './audio.ts';
import { speechChunks, type Span } from './chunks.ts';
import type { TimedWord } from '../words.ts';

/** One piece of recognised speech; times in seconds from the start of what the engine was given. */
export interface SpeechSegment {
  text: string;
  start: number;
  end: number;
  /** Its words with their times, when the engine gave them. */
  words?: TimedWord[];
}

/**
 * What whisper.cpp is asked for so that every word has its time: one token per segment
 * (`max_len` 1) with token timestamps. `fromTokens` puts the words and sentences together.
 */
export const WORD_TIMES = { tokenTimestamps: true, maxLen: 1 } as const;

/** Tokens between brackets ("[BLANK_AUDIO]", "(musik)") are no words anyone said. */
const NON_WORD = /^[[(（].*[\])）]$/;
/** A pause this long between two words ends a sentence even without a full stop. */
const SENTENCE_PAUSE = 1;

/**
 * whisper.cpp's tokens (times in milliseconds, one per segment as `WORD_TIMES` asks) as
 * segments of sentences with their words: a token that does not start with a space
 * continues the word before it (word pieces, punctuation), and a sentence ends after a
 * word ending in . ? ! or before a pause.
 */
export function fromTokens(tokens: readonly { text: string; t0: number; t1: number }[]): SpeechSegment[] {
  const words: TimedWord[] = [];
  for (const token of tokens) {
    if (token.text.trim() === '') continue;
    const last = words[words.length - 1];
    if (last && !/^\s/.test(token.text)) {
      last.text += token.text.trim();
      last.end = Math.max(last.end, token.t1 / 1000);
    } else words.push({ text: token.text.trim(), start: token.t0 / 1000, end: Math.max(token.t0, token.t1) / 1000 });
  }
  const segments: SpeechSegment[] = [];
  let sentence: TimedWord[] = [];
  const close = () => {
    if (sentence.length > 0) segments.push({ text: sentence.map((w) => w.text).join(' '), start: sentence[0]!.start, end: sentence[sentence.length - 1]!.end, words: sentence });
    sentence = [];
  };
  for (const word of words.filter((w) => !NON_WORD.test(w.text))) {
    const previous = sentence[sentence.length - 1];
    if (previous && word.start - previous.end > SENTENCE_PAUSE) close();
    sentence.push(word);
    if (/[.?!…]["”’)]*$/.test(word.text)) close();
  }
  close();
  return segments;
}

export interface SpeechEngine {
  /** Transcribes 16 kHz mono samples; rejects or returns early when `signal` aborts. */
  transcribe(samples: Float32Array, options: { language: string }, signal: AbortSignal): Promise<SpeechSegment[]>;
}

/** What is kept after each finished chunk to resume from. */
export interface Checkpoint {
  /** Which recording it belongs to (its length and a fingerprint of its samples). */
  audio: string;
  language: string;
  chunks: Span[];
  /** Segments of each finished chunk, by chunk index, in the recording's time. */
  done: Record<number, SpeechSegment[]>;
}

export interface TranscriptionProgress {
  /** Seconds of speech transcribed, of all there is. */
  doneSeconds: number;
  totalSeconds: number;
  chunk: number;
  chunks: number;
  /** Estimated from the pace so far; null before the first chunk of this run is done. */
  secondsLeft: number | null;
}

export interface TranscriptionRun {
  segments: SpeechSegment[];
  cancelled: boolean;
  checkpoint: Checkpoint;
}

/** A cheap identity for a recording: its length and a sample of its values. */
export function audioFingerprint(samples: Float32Array): string {
  let hash = 0x811c9dc5;
  const step = Math.max(1, Math.floor(samples.length / 4096));
  for (let i = 0; i < samples.length; i += step) {
    hash ^= Math.round(samples[i]! * 32767) & 0xffff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${samples.length}:${hash.toString(16)}`;
}

/** Bracketed non-speech ("[BLANK_AUDIO]", "(musik)", "[Tertawa]") is not a word anyone said. */
const NON_SPEECH = /^\s*[[(（][^\])）]*[\])）]\s*$/;

/** Segments as a transcript wants them: trimmed, non-speech and runaway repetitions left out, inside the chunk. */
function tidy(segments: readonly SpeechSegment[], chunk: Span, previous: readonly SpeechSegment[]): SpeechSegment[] {
  const out: SpeechSegment[] = [];
  for (const s of segments) {
    const text = s.text.replace(/\s+/g, ' ').trim();
    if (text === '' || NON_SPEECH.test(text)) continue;
    // The same words a third time in a row is the engine looping, not the speaker.
    const before = [...previous, ...out].slice(-2);
    if (before.length === 2 && before.every((b) => b.text === text)) continue;
    const within = (t: number, from: number) => Math.min(chunk.end, Math.max(from, chunk.start + t));
    const start = within(s.start, chunk.start);
    const end = within(s.end, start);
    const words = s.words?.map((w) => {
      const wordStart = within(w.start, chunk.start);
      return { ...w, start: wordStart, end: within(w.end, wordStart) };
    });
    out.push({ text, start, end, ...(words ? { words } : {}) });
  }
  return out;
}

export interface TranscribeOptions {
  engine: SpeechEngine;
  language: string;
  signal?: AbortSignal;
  /** A checkpoint of an earlier run on the same recording and language, to resume. */
  resume?: Checkpoint | null;
  onProgress?(progress: TranscriptionProgress): void;
  /** Called after each finished chunk with the checkpoint to keep. */
  onCheckpoint?(checkpoint: Checkpoint): void | Promise<void>;
  /** Seconds, for the time left; `performance.now` by default. */
  now?(): number;
}

export async function transcribeRecording(samples: Float32Array, options: TranscribeOptions): Promise<TranscriptionRun> {
  const { engine, language, signal = new AbortController().signal } = options;
  const now = options.now ?? (() => performance.now() / 1000);
  const audio = audioFingerprint(samples);
  const resumable = options.resume && options.resume.audio === audio && options.resume.language === language ? options.resume : null;
  const checkpoint: Checkpoint = resumable ? { ...resumable, done: { ...resumable.done } } : { audio, language, chunks: speechChunks(samples, SPEECH_RATE), done: {} };
  const { chunks } = checkpoint;
  const length = (c: Span) => c.end - c.start;
  const totalSeconds = chunks.reduce((n, c) => n + length(c), 0);
  let doneSeconds = chunks.reduce((n, c, i) => n + (checkpoint.done[i] ? length(c) : 0), 0);
  const started = now();
  let spentOn = 0;
  const report = (chunk: number) => {
    const pace = spentOn > 0 ? (now() - started) / spentOn : null;
    options.onProgress?.({ doneSeconds, totalSeconds, chunk, chunks: chunks.length, secondsLeft: pace === null ? null : pace * (totalSeconds - doneSeconds) });
  };
  report(0);
  let cancelled = false;
  for (let i = 0; i < chunks.length; i++) {
    if (checkpoint.done[i]) continue;
    if (signal.aborted) {
      cancelled = true;
      break;
    }
    const chunk = chunks[i]!;
    const piece = samples.subarray(Math.floor(chunk.start * SPEECH_RATE), Math.ceil(chunk.end * SPEECH_RATE));
    let segments: SpeechSegment[];
    try {
      segments = await engine.transcribe(piece, { language }, signal);
    } catch (error) {
      if (signal.aborted) {
        cancelled = true;
        break;
      }
      throw error;
    }
    if (signal.aborted) {
      cancelled = true;
      break;
    }
    const previous = checkpoint.done[i - 1] ?? [];
    checkpoint.done[i] = tidy(segments, chunk, previous);
    doneSeconds += length(chunk);
    spentOn += length(chunk);
    await options.onCheckpoint?.({ ...checkpoint, done: { ...checkpoint.done } });
    report(i + 1);
  }
  const segments = chunks.flatMap((_, i) => checkpoint.done[i] ?? []);
  return { segments, cancelled, checkpoint };
}

/**
 * The draft a transcriber corrects: the segments as turns, a new turn at each pause
 * longer than `maxGap` seconds (as a Whisper JSON import does), each with its start time
 * and no speaker yet (set with the speaker keys or the mapping step), unchecked.
 */
export function draftTurns(segments: readonly SpeechSegment[], maxGap = DEFAULT_WHISPER_GAP): TranscriptTurn[] {
  return cuesToTurns(
    segments.map((s, i) => ({ speaker: null, start: s.start, end: s.end, text: s.text, line: i + 1, ...(s.words ? { words: s.words } : {}) })),
    { maxGap, mergeUnnamed: true },
  ).map((t) => ({ ...t, unchecked: true }));
}
