/**
 * Undo and redo for changes that go beyond typing in one turn (split, join, new turns,
 * speakers, times, coding, replace all). Each change records the turns it touches, with
 * their segments, as they were before and after; undoing puts the "before" rows back in
 * place of whatever those turns hold now, redoing puts the "after" rows back.
 */
import type { SegmentRow, TelaahDb, TurnRow } from './schema.ts';
import { tracked } from './save-status.ts';

export interface ScopeState {
  turns: TurnRow[];
  segments: SegmentRow[];
}

export interface UndoEntry {
  turnIds: string[];
  before: ScopeState;
  after: ScopeState;
}

export async function readScope(db: TelaahDb, turnIds: readonly string[]): Promise<ScopeState> {
  return db.transaction('r', db.turns, db.segments, async () => ({
    turns: (await db.turns.bulkGet([...turnIds])).filter((t): t is TurnRow => t !== undefined),
    segments: await db.segments.where('turnId').anyOf([...turnIds]).toArray(),
  }));
}

/** Makes the given turns (and their segments) exactly `state`: rows not in it are removed. */
export function applyScope(db: TelaahDb, turnIds: readonly string[], state: ScopeState): Promise<void> {
  return tracked(() =>
    db.transaction('rw', db.turns, db.segments, async () => {
      const current = (await db.turns.bulkGet([...turnIds])).filter((t): t is TurnRow => t !== undefined);
      // A revision no open editor of these turns has seen, so each reloads.
      const rev = Math.max(0, ...current.map((t) => t.rev), ...state.turns.map((t) => t.rev)) + 1;
      await db.segments.where('turnId').anyOf([...turnIds]).delete();
      await db.turns.bulkDelete([...turnIds]);
      await db.turns.bulkPut(state.turns.map((t) => ({ ...t, rev })));
      await db.segments.bulkPut(state.segments);
    }),
  );
}

/** A scope as it was with the editor's latest text of one turn, not yet stored when the change began. */
export function scopeWithEdit(state: ScopeState, edit: { turnId: string; text: string; spans: { id: string; start: number; end: number }[]; knownIds: string[] }): ScopeState {
  const spans = new Map(edit.spans.map((s) => [s.id, s]));
  return {
    turns: state.turns.map((t) => (t.id === edit.turnId ? { ...t, text: edit.text } : t)),
    segments: state.segments.flatMap((s) => {
      if (s.turnId !== edit.turnId) return [s];
      const span = spans.get(s.id);
      if (span) return [{ ...s, start: span.start, end: span.end, text: edit.text.slice(span.start, span.end) }];
      return edit.knownIds.includes(s.id) ? [] : [s];
    }),
  };
}
