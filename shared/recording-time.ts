/**
 * What counts as a time in a recording: the one rule every door applies to a turn's time
 * and a word's times, whether it comes from a transcript file, a transcription run or a
 * stored study. A time is a finite number of seconds from 0 up to 99:59:59.9, the longest
 * time a transcript writes (`[hh:mm:ss.d]` with two-digit hours) and reads back; a value
 * outside that would be written into a file that Telaah itself could not open again.
 */

/** 99:59:59.9 in seconds: the last time a transcript's two-digit hours can write. */
export const MAX_RECORDING_SECONDS = 99 * 3600 + 59 * 60 + 59.9;

export function isRecordingTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_RECORDING_SECONDS;
}

/** A word's times are sound: both recording times, the end not before the start. */
export function isTimedSpan(start: unknown, end: unknown): boolean {
  return isRecordingTime(start) && isRecordingTime(end) && end >= start;
}

/** A time as a message shows it: the number as the file had it, shortened when absurdly long. */
export function shownTime(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
