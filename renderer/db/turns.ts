/**
 * Storing one turn's edit as an earlier version of the editor journalled it (text and the
 * spans of the segments it showed), for replaying such journals at start. The transcript
 * editor itself writes through its session store (db/session-rows.ts).
 */
import { relocate, withSpan, type Span } from '../../shared/turn-edit.ts';
import type { TelaahDb, TurnRow } from './schema.ts';

export interface TurnEdit {
  turnId: string;
  text: string;
  /** Spans of the segments the editor still shows. */
  spans: Span[];
  /** Segments the editor was showing when it loaded; those missing from `spans` were deleted with their text. */
  knownIds: string[];
}

async function applyEdit(db: TelaahDb, edit: TurnEdit): Promise<TurnRow | undefined> {
  const turn = await db.turns.get(edit.turnId);
  if (!turn) return undefined;
  await db.turns.update(turn.id, { text: edit.text });
  const spans = new Map(edit.spans.map((s) => [s.id, s]));
  const segments = await db.segments.where('turnId').equals(turn.id).toArray();
  for (const segment of segments) {
    const span = spans.get(segment.id);
    if (span) await db.segments.put(withSpan(segment, span, edit.text));
    else if (edit.knownIds.includes(segment.id)) await db.segments.delete(segment.id);
    else if (edit.text !== turn.text) {
      // A segment the editor did not show (blind mode) follows its words; without them it goes.
      const moved = relocate(segment, edit.text);
      if (moved) await db.segments.put(withSpan(segment, moved, edit.text));
      else await db.segments.delete(segment.id);
    }
  }
  return { ...turn, text: edit.text };
}

export function saveTurnEdit(db: TelaahDb, edit: TurnEdit): Promise<void> {
  return db.saveStatus.track(() => db.transaction('rw', db.turns, db.segments, async () => void (await applyEdit(db, edit))));
}
