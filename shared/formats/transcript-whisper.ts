/**
 * Whisper JSON (`whisper … --output_format json`, WhisperX): `segments[]` with `start`
 * and `end` in seconds and `text` (with a leading space). A `speaker` per segment, as
 * WhisperX writes, names the speaker. Segments become turns at speaker changes and at
 * pauses longer than `maxGap` seconds. Every turn is marked unchecked: a machine wrote it.
 */
import { cuesToTurns, type Cue } from './cues.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason } from './reasons.ts';
import type { TranscriptTurn } from './transcript-txt.ts';
import { cleanText } from '../text-clean.ts';

export const DEFAULT_WHISPER_GAP = 2;

function lineAt(text: string, error: unknown): number | null {
  const position = /position (\d+)/.exec(String(error))?.[1];
  return position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
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
    if (typeof seg?.start !== 'number' || typeof seg.end !== 'number' || typeof seg.text !== 'string' || !Number.isFinite(seg.start)) {
      throw new ImportError(file, null, reason('whisper.badSegment', { index }));
    }
    const speaker = typeof seg.speaker === 'string' && seg.speaker.trim() !== '' ? seg.speaker.trim() : null;
    return { speaker, start: seg.start, end: seg.end, text: seg.text.replace(/\s+/g, ' ').trim(), line: 0 };
  });
  // A speech recogniser's output: each turn waits for a person to read it.
  return cuesToTurns(cues, { maxGap, mergeUnnamed: true }).map((t) => ({ ...t, unchecked: true }));
}
