/**
 * Writing transcript turns: saving what was typed (text and the moved segment spans),
 * splitting a turn at the caret, joining a turn to the one before, adding a turn and
 * choosing its speaker. Each write is one transaction.
 */
import type { Turn } from '../../shared/model.ts';
import { newId } from '../../shared/model.ts';
import { replaceAll } from '../../shared/find-replace.ts';
import { orderBetween, relocate, shiftSpans, splitTurnText, withSpan, type Span } from '../../shared/turn-edit.ts';
import type { TelaahDb, TurnRow } from './schema.ts';
import { tracked } from './save-status.ts';

export interface TurnEdit {
  turnId: string;
  text: string;
  /** Spans of the segments the editor still shows. */
  spans: Span[];
  /** Segments the editor was showing when it loaded; those missing from `spans` were deleted with their text. */
  knownIds: string[];
}

async function sessionTurns(db: TelaahDb, sessionId: string): Promise<TurnRow[]> {
  return db.turns.where('[sessionId+order]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray();
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
  return tracked(() => db.transaction('rw', db.turns, db.segments, async () => void (await applyEdit(db, edit))));
}

/** Splits a turn at `offset`; the new turn has the same speaker and returns its id. */
export function splitTurn(db: TelaahDb, edit: TurnEdit, offset: number): Promise<string | undefined> {
  return tracked(() =>
    db.transaction('rw', db.turns, db.segments, async () => {
      const turn = await applyEdit(db, edit);
      if (!turn) return undefined;
      const turns = await sessionTurns(db, turn.sessionId);
      const next = turns[turns.findIndex((t) => t.id === turn.id) + 1];
      const { before, after, keep, move } = splitTurnText(turn.text, offset, edit.spans);
      const created: TurnRow = {
        id: newId(),
        sessionId: turn.sessionId,
        order: orderBetween(turn.order, next?.order),
        speakerId: turn.speakerId,
        timestamp: null,
        text: after,
        rev: 0,
      };
      await db.turns.put({ ...turn, text: before, rev: turn.rev + 1 });
      await db.turns.add(created);
      const segments = new Map((await db.segments.where('turnId').equals(turn.id).toArray()).map((s) => [s.id, s]));
      for (const span of keep) {
        const s = segments.get(span.id);
        if (s) await db.segments.put(withSpan(s, span, before));
      }
      for (const span of move) {
        const s = segments.get(span.id);
        if (s) await db.segments.put({ ...withSpan(s, span, after), turnId: created.id });
      }
      // Segments the editor did not show go with their words to whichever half holds them.
      const shown = new Set([...keep, ...move].map((s) => s.id));
      for (const s of segments.values()) {
        if (shown.has(s.id)) continue;
        const inBefore = s.end <= before.length ? relocate(s, before) : null;
        const inAfter = inBefore ? null : relocate({ ...s, start: s.start - before.length }, after);
        if (inBefore) await db.segments.put(withSpan(s, inBefore, before));
        else if (inAfter) await db.segments.put({ ...withSpan(s, inAfter, after), turnId: created.id });
        else await db.segments.delete(s.id);
      }
      return created.id;
    }),
  );
}

/** Joins a turn to the one before it; returns the earlier turn's id and where the join is. */
export function joinWithPrevious(db: TelaahDb, edit: TurnEdit): Promise<{ turnId: string; offset: number; rev: number } | undefined> {
  return tracked(() =>
    db.transaction('rw', db.turns, db.segments, async () => {
      const turn = await applyEdit(db, edit);
      if (!turn) return undefined;
      const turns = await sessionTurns(db, turn.sessionId);
      const previous = turns[turns.findIndex((t) => t.id === turn.id) - 1];
      if (!previous) return undefined;
      const offset = previous.text.length;
      const text = previous.text + turn.text;
      await db.turns.put({ ...previous, text, rev: previous.rev + 1 });
      await db.turns.delete(turn.id);
      const moved = await db.segments.where('turnId').equals(turn.id).toArray();
      for (const s of moved) {
        const [span] = shiftSpans([s], offset);
        if (span) await db.segments.put({ ...withSpan(s, span, text), turnId: previous.id });
      }
      return { turnId: previous.id, offset, rev: previous.rev + 1 };
    }),
  );
}

/** Adds an empty turn after `afterId` (or at the end), with the given speaker and time. */
export function addTurn(db: TelaahDb, sessionId: string, speakerId: string | null, afterId?: string, timestamp: number | null = null): Promise<string> {
  return tracked(() =>
    db.transaction('rw', db.turns, async () => {
      const turns = await sessionTurns(db, sessionId);
      const at = afterId ? turns.findIndex((t) => t.id === afterId) : turns.length - 1;
      const order = at < 0 ? 1 : orderBetween(turns[at]?.order ?? 0, turns[at + 1]?.order);
      const turn: Turn = { id: newId(), sessionId, order, speakerId, timestamp, text: '' };
      await db.turns.add({ ...turn, rev: 0 });
      return turn.id;
    }),
  );
}

export function setTurnSpeaker(db: TelaahDb, turnId: string, speakerId: string | null): Promise<void> {
  return tracked(async () => void (await db.turns.update(turnId, { speakerId })));
}

export function setTurnTimestamp(db: TelaahDb, turnId: string, timestamp: number | null): Promise<void> {
  return tracked(async () => void (await db.turns.update(turnId, { timestamp })));
}

/** Replaces every match in a session's turns, keeping coded segments on their words; returns how many. */
export function replaceInSession(db: TelaahDb, sessionId: string, query: string, replacement: string, matchCase: boolean): Promise<number> {
  return tracked(() =>
    db.transaction('rw', db.turns, db.segments, async () => {
      let total = 0;
      for (const turn of await sessionTurns(db, sessionId)) {
        const replaced = replaceAll(turn.text, query, replacement, matchCase);
        if (replaced.count === 0) continue;
        total += replaced.count;
        await db.turns.put({ ...turn, text: replaced.text, rev: turn.rev + 1 });
        for (const s of await db.segments.where('turnId').equals(turn.id).toArray()) {
          const span = { id: s.id, start: replaced.mapOffset(s.start, 'start'), end: replaced.mapOffset(s.end, 'end') };
          await db.segments.put(withSpan(s, span, replaced.text));
        }
      }
      return total;
    }),
  );
}
