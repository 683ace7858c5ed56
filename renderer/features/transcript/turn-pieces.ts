/**
 * A turn's text cut where its coded segments and its time marks start and end, each piece
 * with the ids of the segments covering it and, inside a time mark, the mark's seconds:
 * the one layout that the static turn and the live editor both draw, so a turn looks the
 * same whether or not the caret is in it.
 */
import type { Span } from '../../../shared/turn-edit.ts';
import { timeMarks } from '../../../shared/time-marks.ts';

export interface Piece {
  from: number;
  text: string;
  ids: string[];
  /** Seconds of the time mark this piece is (part of); absent outside marks. */
  mark?: number;
}

export function pieces(text: string, spans: readonly Span[]): Piece[] {
  if (text === '') return [];
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const marks = timeMarks(text);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end]), ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const mark = marks.find((m) => m.start <= from && m.end >= to);
    const piece: Piece = { from, text: text.slice(from, to), ids: valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.id) };
    out.push(mark ? { ...piece, mark: mark.seconds } : piece);
  }
  return out;
}
