/**
 * A long recording cut into pieces Whisper can take: where people speak (voice activity
 * by frame energy against the recording's own noise floor), grouped into chunks of at
 * most 30 seconds that begin and end in pauses. Whisper hears 30 seconds at a time; on
 * long audio, and on silence, it can loop on one phrase or invent words, so silence is
 * left out and no chunk runs on. Times are seconds from the start of the recording.
 */
import { SPEECH_RATE } from './audio.ts';

export interface Span {
  start: number;
  end: number;
}

export interface ActivityOptions {
  /** Frame length in seconds. */
  frame: number;
  /** How far above the noise floor a frame counts as speech, in dB. */
  aboveFloor: number;
  /** Below this level (dBFS) nothing counts as speech, however quiet the room. */
  minLevel: number;
  /** Above this level (dBFS) everything counts as speech, however loud the "floor" (a recording that is all talk has no quiet tenth). */
  maxThreshold: number;
  /** Pauses shorter than this (seconds) stay inside the speech around them. */
  minPause: number;
  /** Speech shorter than this (seconds) is a click or a cough, not speech. */
  minSpeech: number;
  /** Kept before and after each stretch of speech (seconds), so no word is clipped. */
  pad: number;
}

export const ACTIVITY: ActivityOptions = { frame: 0.03, aboveFloor: 12, minLevel: -50, maxThreshold: -35, minPause: 0.3, minSpeech: 0.15, pad: 0.2 };

/** Each frame's level in dBFS. */
function frameLevels(samples: Float32Array, rate: number, frame: number): Float32Array {
  const size = Math.max(1, Math.round(frame * rate));
  const levels = new Float32Array(Math.ceil(samples.length / size));
  for (let f = 0; f < levels.length; f++) {
    let sum = 0;
    const end = Math.min(samples.length, (f + 1) * size);
    for (let i = f * size; i < end; i++) sum += samples[i]! * samples[i]!;
    const rms = Math.sqrt(sum / Math.max(1, end - f * size));
    levels[f] = 20 * Math.log10(rms + 1e-10);
  }
  return levels;
}

/** Where someone speaks, as spans in seconds, in order and apart. */
export function speechSpans(samples: Float32Array, rate: number = SPEECH_RATE, options: ActivityOptions = ACTIVITY): Span[] {
  const levels = frameLevels(samples, rate, options.frame);
  if (levels.length === 0) return [];
  const sorted = Float32Array.from(levels).sort();
  const floor = sorted[Math.floor(sorted.length * 0.1)]!;
  const threshold = Math.min(options.maxThreshold, Math.max(floor + options.aboveFloor, options.minLevel));
  const duration = samples.length / rate;
  const raw: Span[] = [];
  let from = -1;
  levels.forEach((level, f) => {
    if (level > threshold && from < 0) from = f;
    if (level <= threshold && from >= 0) {
      raw.push({ start: from * options.frame, end: f * options.frame });
      from = -1;
    }
  });
  if (from >= 0) raw.push({ start: from * options.frame, end: duration });
  // Short pauses close up; short bursts go; what is left is padded.
  const joined: Span[] = [];
  for (const span of raw) {
    const last = joined[joined.length - 1];
    if (last && span.start - last.end < options.minPause) last.end = span.end;
    else joined.push({ ...span });
  }
  const spans: Span[] = [];
  for (const span of joined.filter((s) => s.end - s.start >= options.minSpeech)) {
    const padded = { start: Math.max(0, span.start - options.pad), end: Math.min(duration, span.end + options.pad) };
    const last = spans[spans.length - 1];
    if (last && padded.start <= last.end) last.end = padded.end;
    else spans.push(padded);
  }
  return spans;
}

/**
 * Speech grouped into chunks of at most `max` seconds, each starting and ending in a
 * pause; a stretch of speech longer than `max` without any pause is cut at its quietest
 * moment near the limit (or at the limit in a monotone).
 */
export function speechChunks(samples: Float32Array, rate: number = SPEECH_RATE, max = 30, options: ActivityOptions = ACTIVITY): Span[] {
  const pieces: Span[] = [];
  const levels = frameLevels(samples, rate, options.frame);
  for (const span of speechSpans(samples, rate, options)) {
    let start = span.start;
    while (span.end - start > max) {
      // The quietest frame in the last third before the limit.
      const from = Math.floor((start + (max * 2) / 3) / options.frame);
      const to = Math.min(levels.length - 1, Math.floor((start + max) / options.frame));
      let cut = to;
      for (let f = from; f < to; f++) if (levels[f]! < levels[cut]!) cut = f;
      const at = Math.min(start + max, Math.max(start + options.frame, cut * options.frame));
      pieces.push({ start, end: at });
      start = at;
    }
    pieces.push({ start, end: span.end });
  }
  const chunks: Span[] = [];
  for (const piece of pieces) {
    const last = chunks[chunks.length - 1];
    if (last && piece.end - last.start <= max) last.end = piece.end;
    else chunks.push({ ...piece });
  }
  return chunks;
}
