/**
 * Coding: applying a code to a span of a turn (a span already coded gains the code),
 * removing a code (a segment without codes is removed), and setting a segment's
 * assistant type. Each change bumps the turn's `rev` so its editor redraws the marks.
 */
import { newId } from '../../shared/model.ts';
import type { TelaahDb, SegmentRow } from './schema.ts';
import { tracked } from './save-status.ts';

export interface NewCoding {
  studyId: string;
  turnId: string;
  start: number;
  end: number;
  code: string;
  coder: string;
}

async function bumpTurn(db: TelaahDb, turnId: string): Promise<void> {
  await db.turns.where('id').equals(turnId).modify((t) => void (t.rev += 1));
}

export function applyCode(db: TelaahDb, coding: NewCoding): Promise<string> {
  return tracked(() =>
    db.transaction('rw', db.turns, db.segments, async () => {
      const turn = await db.turns.get(coding.turnId);
      if (!turn) throw new Error('turn not found');
      // The same words coded again by the same coder add a code; another coder gets a segment of their own.
      const same = (await db.segments.where('turnId').equals(turn.id).toArray()).find((s) => s.start === coding.start && s.end === coding.end && s.coder === coding.coder);
      if (same) {
        if (!same.codes.includes(coding.code)) await db.segments.update(same.id, { codes: [...same.codes, coding.code] });
        await bumpTurn(db, turn.id);
        return same.id;
      }
      const segment: SegmentRow = {
        id: newId(),
        studyId: coding.studyId,
        sessionId: turn.sessionId,
        turnId: turn.id,
        start: coding.start,
        end: coding.end,
        text: turn.text.slice(coding.start, coding.end),
        codes: [coding.code],
        assistantType: null,
        coder: coding.coder,
        memo: '',
        createdAt: new Date().toISOString(),
      };
      await db.segments.add(segment);
      await bumpTurn(db, turn.id);
      return segment.id;
    }),
  );
}

export function removeCode(db: TelaahDb, segmentId: string, code: string): Promise<void> {
  return tracked(() =>
    db.transaction('rw', db.turns, db.segments, async () => {
      const segment = await db.segments.get(segmentId);
      if (!segment) return;
      const codes = segment.codes.filter((c) => c !== code);
      if (codes.length === 0) await db.segments.delete(segmentId);
      else await db.segments.update(segmentId, { codes });
      await bumpTurn(db, segment.turnId);
    }),
  );
}

export function setSegmentType(db: TelaahDb, segmentId: string, assistantType: string | null): Promise<void> {
  return tracked(async () => void (await db.segments.update(segmentId, { assistantType })));
}

export function setSegmentMemo(db: TelaahDb, segmentId: string, memo: string): Promise<void> {
  return tracked(async () => void (await db.segments.update(segmentId, { memo })));
}

/** A segment's new span within its turn (extended or shrunk); its quoted text follows. */
export function setSegmentSpan(db: TelaahDb, segmentId: string, start: number, end: number): Promise<void> {
  return tracked(() =>
    db.transaction('rw', db.turns, db.segments, async () => {
      const segment = await db.segments.get(segmentId);
      const turn = segment && (await db.turns.get(segment.turnId));
      if (!segment || !turn) return;
      if (start < 0 || end > turn.text.length || start >= end) throw new Error(`span ${start}–${end} lies outside the turn`);
      await db.segments.update(segmentId, { start, end, text: turn.text.slice(start, end) });
      await bumpTurn(db, turn.id);
    }),
  );
}
