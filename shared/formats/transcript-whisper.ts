/**
 * Whisper JSON (`whisper … --output_format json`, WhisperX): `segments[]` with `start`
 * and `end` in seconds and `text` (with a leading space). A `speaker` per segment, as
 * WhisperX writes, names the speaker. Segments become turns at speaker changes and at
 * pauses longer than `maxGap` seconds. Every turn is marked unchecked: a machine wrote it.
 * Word timestamps (`--word_timestamps True`, WhisperX's alignment) come along as the
 * turns' words: `word`, `start`, `end`, and how sure the recogniser was (`probability`,
 * WhisperX's `score`); a word WhisperX could not align (no times) is left out.
 */
import { cuesToTurns, type Cue } from './cues.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason } from './reasons.ts';
import type { TranscriptTurn } from './transcript-txt.ts';
import { isRecordingTime, shownTime } from '../recording-time.ts';
import { cleanText } from '../text-clean.ts';
import type { TimedWord } from '../words.ts';

export const DEFAULT_WHISPER_GAP = 2;

function lineAt(text: string, error: unknown): number | null {
  const position = /position (\d+)/.exec(String(error))?.[1];
  return position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Refuses a time that is no time in the recording, naming the segment and which of its times it is. */
function checkTime(value: number, field: string, index: number, file: string): void {
  if (!isRecordingTime(value)) throw new ImportError(file, null, reason('whisper.badTime', { index, field, time: shownTime(value) }));
}

/** A segment's words that have times; each word's certainty kept when it is given (0–1). */
function timedWords(raw: unknown, index: number, file: string): TimedWord[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((w: unknown, k) => {
    const { word, start, end, probability, score } = (w ?? {}) as Record<string, unknown>;
    if (typeof word !== 'string' || word.trim() === '' || !finite(start) || !finite(end)) return [];
    checkTime(start, `words[${k}].start`, index, file);
    checkTime(end, `words[${k}].end`, index, file);
    const p = finite(probability) ? probability : finite(score) ? score : undefined;
    return [{ text: word.trim(), start, end: Math.max(start, end), ...(p === undefined ? {} : { p: Math.min(1, Math.max(0, p)) }) }];
  });
}

export function parseWhisperJson(raw: string, file: string, maxGap = DEFAULT_WHISPER_GAP): TranscriptTurn[] {
  const text = cleanText(normaliseText(raw, file));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ImportError(file, lineAt(text, error), reason('json.invalid'));
  }
  const segments = (json as { segments?: unknown })?.segments;
  if (!Array.isArray(segments)) throw new ImportError(file, null, reason('whisper.noSegments'));
  const cues: Cue[] = segments.map((s: unknown, index) => {
    const seg = s as { start?: unknown; end?: unknown; text?: unknown; speaker?: unknown };
    if (typeof seg?.start !== 'number' || typeof seg.end !== 'number' || typeof seg.text !== 'string') {
      throw new ImportError(file, null, reason('whisper.badSegment', { index }));
    }
    checkTime(seg.start, 'start', index, file);
    checkTime(seg.end, 'end', index, file);
    const speaker = typeof seg.speaker === 'string' && seg.speaker.trim() !== '' ? seg.speaker.trim() : null;
    const words = timedWords((s as { words?: unknown }).words, index, file);
    return { speaker, start: seg.start, end: seg.end, text: seg.text.replace(/\s+/g, ' ').trim(), line: 0, ...(words.length > 0 ? { words } : {}) };
  });
  // A speech recogniser's output: each turn waits for a person to read it.
  return cuesToTurns(cues, { maxGap, mergeUnnamed: true }).map((t) => ({ ...t, unchecked: true }));
}
