/**
 * Inline time marks: `[hh:mm:ss]` or `[hh:mm:ss.d]` written inside a turn's text, where a
 * long turn reaches a moment of the recording. They are part of the text, so every export
 * that holds text holds them and every import brings them back; the transcript shows them
 * as links that play the recording from there.
 */
import { formatClock, parseTime } from './formats/timestamp.ts';

export interface TimeMark {
  /** Offsets of the mark, brackets included, in the turn's text. */
  start: number;
  end: number;
  seconds: number;
}

/** A time as the transcript writes it: `[hh:]mm:ss[.d]`. */
const TIME = String.raw`(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d{1,3})?`;
const MARK = new RegExp(String.raw`\[(${TIME})\]`, 'g');
const MARK_WITH_SPACES = new RegExp(String.raw`[ \t]*\[${TIME}\][ \t]*`, 'g');

/** Every time mark in `text`, in order. A bracketed text that is no valid time is no mark. */
export function timeMarks(text: string): TimeMark[] {
  const marks: TimeMark[] = [];
  for (const m of text.matchAll(MARK)) {
    const seconds = parseTime(m[1]!);
    if (seconds !== null) marks.push({ start: m.index, end: m.index + m[0].length, seconds });
  }
  return marks;
}

/** The first time mark in `text`, for the editor's entity matcher; null when there is none. */
export function firstTimeMark(text: string): TimeMark | null {
  return timeMarks(text)[0] ?? null;
}

/** Seconds of a mark's own text (`[00:01:23.4]`), or null when it is no mark. */
export function markSeconds(text: string): number | null {
  const mark = firstTimeMark(text);
  return mark && mark.start === 0 && mark.end === text.length ? mark.seconds : null;
}

/**
 * The text to insert at `offset` for a mark at `seconds`: the mark, set off by one space
 * from a word before it, and followed by a space (unless one follows already) so that
 * typing goes straight on.
 */
export function markInsertion(text: string, offset: number, seconds: number, tenths: boolean): string {
  const at = Math.max(0, Math.min(offset, text.length));
  const before = at > 0 && !/\s/.test(text[at - 1]!) ? ' ' : '';
  const after = at < text.length && /\s/.test(text[at]!) ? '' : ' ';
  return `${before}[${formatClock(seconds, tenths)}]${after}`;
}

/** The text without its time marks, each with the spaces around it made one space: for quotations in a table. */
export function withoutTimeMarks(text: string): string {
  return text.replace(MARK_WITH_SPACES, ' ').trim();
}
