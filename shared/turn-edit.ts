/**
 * Pure rules for editing a transcript turn that carries coded segments: where segments go
 * when a turn is split in two or joined to the one before it. A segment never crosses
 * turns, so a segment cut by a split keeps only its part before the cut.
 */
import type { Segment, Turn } from './model.ts';

export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface SplitResult {
  before: string;
  after: string;
  /** Segments staying in the first turn, clipped to the cut. */
  keep: Span[];
  /** Segments moving to the new turn, with offsets relative to it. */
  move: Span[];
}

export function splitTurnText(text: string, offset: number, spans: readonly Span[]): SplitResult {
  const cut = Math.max(0, Math.min(offset, text.length));
  const keep: Span[] = [];
  const move: Span[] = [];
  for (const s of spans) {
    if (s.start >= cut) move.push({ id: s.id, start: s.start - cut, end: s.end - cut });
    else keep.push({ id: s.id, start: s.start, end: Math.min(s.end, cut) });
  }
  return { before: text.slice(0, cut), after: text.slice(cut), keep, move };
}

/** Offsets of the second turn's segments once its text follows the first turn's. */
export function shiftSpans(spans: readonly Span[], by: number): Span[] {
  return spans.map((s) => ({ id: s.id, start: s.start + by, end: s.end + by }));
}

/** A segment updated to a new span of its turn's text. */
export function withSpan<T extends Pick<Segment, 'start' | 'end' | 'text'>>(segment: T, span: Span, turnText: string): T {
  return { ...segment, start: span.start, end: span.end, text: turnText.slice(span.start, span.end) };
}

/** A sort key between two others, for inserting a turn without renumbering the rest. */
export function orderBetween(before: number, after: number | undefined): number {
  return after === undefined ? before + 1 : (before + after) / 2;
}

/**
 * Where a segment's words are in a turn's new text, for a segment the editor did not show
 * (another coder's, in blind mode): the occurrence nearest its old start, or null when the
 * words are gone.
 */
export function relocate(segment: Pick<Segment, 'id' | 'start' | 'text'>, text: string): Span | null {
  if (segment.text === '') return null;
  let best = -1;
  for (let at = text.indexOf(segment.text); at >= 0; at = text.indexOf(segment.text, at + 1)) {
    if (best < 0 || Math.abs(at - segment.start) < Math.abs(best - segment.start)) best = at;
  }
  return best < 0 ? null : { id: segment.id, start: best, end: best + segment.text.length };
}

/** Turns in transcript order: by order key, ties (two people inserting at one place) by id, the same on every copy. */
export const inSessionOrder = (a: Pick<Turn, 'id' | 'order'>, b: Pick<Turn, 'id' | 'order'>): number => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Where two texts differ: `old` and `next` share `head` characters at the start and `tail` at the end; never a surrogate pair cut. */
export function changedStretch(old: string, next: string): { head: number; tail: number } {
  let head = 0;
  const most = Math.min(old.length, next.length);
  while (head < most && old.charCodeAt(head) === next.charCodeAt(head)) head++;
  if (head > 0 && isHighSurrogate(old.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (tail < most - head && old.charCodeAt(old.length - 1 - tail) === next.charCodeAt(next.length - 1 - tail)) tail++;
  if (tail > 0 && isLowSurrogate(old.charCodeAt(old.length - tail))) tail--;
  return { head, tail };
}

/** Where a place in `old` is in `next`: before the change it stays, after it shifts; inside it, it goes to the change's end at most. */
export function offsetAfterChange(old: string, next: string, offset: number, stretch = changedStretch(old, next)): number {
  if (offset <= stretch.head) return offset;
  if (offset >= old.length - stretch.tail) return offset + next.length - old.length;
  return Math.min(offset, next.length - stretch.tail);
}
