/**
 * Reading a transcription run's checkpoint back (the CLI keeps it in a file beside the
 * project, the app in the browser's storage). It is a file like any other: anything may be
 * in it, so it is read by the rules a stored study meets. Chunks and segments must be
 * sound spans of the recording, words that are not are left out; a checkpoint that is not
 * one is refused with why, and the run starts again rather than crash or carry a bad time
 * into the study.
 */
import { isTimedSpan } from '../recording-time.ts';
import type { TimedWord } from '../words.ts';
import type { Span } from './chunks.ts';
import type { Checkpoint, SpeechSegment } from './run.ts';

export type CheckpointRead = { checkpoint: Checkpoint } | { damaged: string };

class Damaged extends Error {}

const record = (v: unknown, what: string): Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Damaged(`${what} is not an object`);
  return v as Record<string, unknown>;
};
const list = (v: unknown, what: string): unknown[] => {
  if (!Array.isArray(v)) throw new Damaged(`${what} is not a list`);
  return v;
};
const text = (v: unknown, what: string): string => {
  if (typeof v !== 'string') throw new Damaged(`${what} is not text`);
  return v;
};

function span(v: unknown, what: string): Span {
  const o = record(v, what);
  if (!isTimedSpan(o.start, o.end)) throw new Damaged(`${what} is not a stretch of the recording`);
  return { start: o.start as number, end: o.end as number };
}

function words(v: unknown, what: string): TimedWord[] {
  return list(v, what).flatMap((w, i) => {
    const o = record(w, `${what}[${i}]`);
    if (typeof o.text !== 'string' || !isTimedSpan(o.start, o.end)) return [];
    const p = typeof o.p === 'number' && o.p >= 0 && o.p <= 1 ? { p: o.p } : {};
    return [{ text: o.text, start: o.start as number, end: o.end as number, ...p }];
  });
}

function segment(v: unknown, what: string): SpeechSegment {
  const o = record(v, what);
  const { start, end } = span(o, what);
  return { text: text(o.text, `${what}.text`), start, end, ...(o.words === undefined ? {} : { words: words(o.words, `${what}.words`) }) };
}

/** A checkpoint from its stored text, or why it cannot be one. */
export function readCheckpoint(stored: string): CheckpointRead {
  try {
    let json: unknown;
    try {
      json = JSON.parse(stored);
    } catch {
      throw new Damaged('it is not JSON');
    }
    const o = record(json, 'the checkpoint');
    const chunks = list(o.chunks, 'chunks').map((c, i) => span(c, `chunks[${i}]`));
    const done: Record<number, SpeechSegment[]> = {};
    for (const [key, segments] of Object.entries(record(o.done, 'done'))) {
      const index = Number(key);
      if (!Number.isInteger(index) || index < 0 || index >= chunks.length) throw new Damaged(`done.${key} is no chunk`);
      done[index] = list(segments, `done.${key}`).map((s, i) => segment(s, `done.${key}[${i}]`));
    }
    return { checkpoint: { audio: text(o.audio, 'audio'), language: text(o.language, 'language'), chunks, done } };
  } catch (error) {
    if (error instanceof Damaged) return { damaged: error.message };
    throw error;
  }
}
