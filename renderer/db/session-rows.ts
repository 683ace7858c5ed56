/**
 * A session's turns and segments as the transcript editor reads them once on opening, and
 * the batches it writes behind while the user works: whole rows, put or deleted in one
 * transaction, so a batch written twice leaves the same rows.
 */
import Dexie, { liveQuery, RangeSet } from 'dexie';
import type { SegmentRow, TelaahDb, TurnRow } from './schema.ts';
import { touchStudyOfSession } from './study-touch.ts';

export interface SessionRows {
  turns: TurnRow[];
  segments: SegmentRow[];
}

export interface SessionBatch {
  turns: TurnRow[];
  deletedTurnIds: string[];
  segments: SegmentRow[];
  deletedSegmentIds: string[];
}

export function readSessionRows(db: TelaahDb, sessionId: string): Promise<SessionRows> {
  return db.transaction('r', db.turns, db.segments, async () => ({
    turns: await db.turns.where('[sessionId+order]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray(),
    segments: await db.segments.where('sessionId').equals(sessionId).toArray(),
  }));
}

export function writeSessionBatch(db: TelaahDb, batch: SessionBatch): Promise<void> {
  return db.saveStatus.track(() =>
    db.transaction('rw', [db.turns, db.segments, db.sessions, db.studies], async () => {
      if (batch.deletedSegmentIds.length > 0) await db.segments.bulkDelete(batch.deletedSegmentIds);
      if (batch.deletedTurnIds.length > 0) await db.turns.bulkDelete(batch.deletedTurnIds);
      if (batch.turns.length > 0) await db.turns.bulkPut(batch.turns);
      if (batch.segments.length > 0) await db.segments.bulkPut(batch.segments);
      const sessionId = batch.turns[0]?.sessionId ?? batch.segments[0]?.sessionId;
      if (sessionId) await touchStudyOfSession(db, sessionId);
    }),
  );
}

/**
 * Writes a batch with IndexedDB itself, every request issued before this returns and the
 * transaction committed at once: for a page that is closing, where no later task runs to
 * carry a chain of awaits on. Used only then. It bypasses Dexie, so it announces the rows
 * it wrote as Dexie announces its own writes, and other tabs watching them read them.
 */
export function writeSessionBatchNow(db: TelaahDb, batch: SessionBatch, onStored: () => void = () => {}): void {
  const tx = db.backendDB().transaction(['turns', 'segments'], 'readwrite');
  // Told only once the rows are on the disk: a page that closes first never hears it.
  tx.oncomplete = onStored;
  const turns = tx.objectStore('turns');
  const segments = tx.objectStore('segments');
  for (const id of batch.deletedSegmentIds) segments.delete(id);
  for (const id of batch.deletedTurnIds) turns.delete(id);
  for (const row of batch.turns) turns.put(row);
  for (const row of batch.segments) segments.put(row);
  tx.commit();
  const part = (table: string) => `idb://${db.name}/${table}/`;
  Dexie.on.storagemutated.fire({
    [part('turns')]: new RangeSet().addKeys([...batch.deletedTurnIds, ...batch.turns.map((t) => t.id)]),
    [part('segments')]: new RangeSet().addKeys([...batch.deletedSegmentIds, ...batch.segments.map((s) => s.id)]),
  });
}

/** Calls `onRows` with the session's rows now and whenever they change (in this tab or another). */
export function watchSessionRows(db: TelaahDb, sessionId: string, onRows: (rows: SessionRows) => void): () => void {
  const subscription = liveQuery(() => readSessionRows(db, sessionId)).subscribe({ next: onRows, error: (error: unknown) => console.error(error) });
  return () => subscription.unsubscribe();
}
