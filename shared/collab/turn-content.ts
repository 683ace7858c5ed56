/**
 * What of a turn and its segments a screen shows, as one comparable key each, and turns
 * grouped with their segments: the one yardstick every copy of a shared session (the
 * database, the store, the documents) is compared by.
 */
import type { Segment, Turn } from '../model.ts';
import type { TurnContent } from './session-doc.ts';

export const turnKey = (t: Pick<Turn, 'text' | 'order' | 'speakerId' | 'timestamp' | 'unchecked' | 'words'>): string =>
  JSON.stringify([t.text, t.order, t.speakerId, t.timestamp, t.unchecked ?? false, t.words ?? null]);

export const segmentKey = (s: Pick<Segment, 'turnId' | 'start' | 'end' | 'text' | 'codes' | 'assistantType' | 'coder' | 'memo' | 'createdAt'>): string =>
  JSON.stringify([s.turnId, s.start, s.end, s.text, s.codes, s.assistantType, s.coder, s.memo, s.createdAt]);

/** A turn with its segments as one key, the segments in id order. */
export const contentKey = (c: TurnContent): string => turnKey(c.turn) + [...c.segments].sort((a, b) => (a.id < b.id ? -1 : 1)).map((s) => s.id + segmentKey(s)).join('');

/** Turns with their segments, by turn id (segments of no listed turn are left out). */
export function contentsByTurn(turns: readonly Turn[], segments: readonly Segment[]): Map<string, TurnContent> {
  const byTurn = new Map<string, { turn: Turn; segments: Segment[] }>(turns.map((turn) => [turn.id, { turn, segments: [] }]));
  for (const s of segments) byTurn.get(s.turnId)?.segments.push(s);
  return byTurn;
}
