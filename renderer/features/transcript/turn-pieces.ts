/**
 * A turn's text cut where its coded segments start and end, each piece with the ids of
 * the segments covering it: the one layout of marks that the static turn and the live
 * editor both draw, so a turn looks the same whether or not the caret is in it.
 */
import type { Span } from '../../../shared/turn-edit.ts';

export interface Piece {
  from: number;
  text: string;
  ids: string[];
}

export function pieces(text: string, spans: readonly Span[]): Piece[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  if (valid.length === 0) return text === '' ? [] : [{ from: 0, text, ids: [] }];
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    out.push({ from, text: text.slice(from, to), ids: valid.filter((s) => s.start <= from && s.end >= to).map((s) => s.id) });
  }
  return out;
}
