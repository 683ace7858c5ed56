/**
 * The last writes of a closing page, kept where they survive it. IndexedDB may drop a
 * transaction that a page starts while it closes; localStorage is written at once. So a
 * closing transcript screen puts the rows it has not seen stored both into IndexedDB and
 * here, and the next tab to edit that study (or the next start of the app, when no tab
 * edits it) writes them again and forgets them. The rows are whole, so writing them a
 * second time changes nothing; and since only the study's editing tab writes them and the
 * next editing tab replays them before it reads, they never land on newer edits.
 */
import type { TelaahDb } from './schema.ts';
import { writeSessionBatch, type SessionBatch } from './session-rows.ts';

const PREFIX = 'telaah.unload.';

export function keepUnloadBatch(studyId: string, sessionId: string, batch: SessionBatch, storage: Storage = localStorage): void {
  try {
    storage.setItem(`${PREFIX}${studyId}.${sessionId}`, JSON.stringify(batch));
  } catch {
    // Storage full or unavailable: the IndexedDB write still goes out.
  }
}

/** The page lived on after all (an unload that did not happen, a page back from the cache): its rows are stored, the copy goes; given `batch`, only while the copy is that batch. */
export function forgetUnloadBatch(studyId: string, sessionId: string, batch?: SessionBatch, storage: Storage = localStorage): void {
  const key = `${PREFIX}${studyId}.${sessionId}`;
  if (batch === undefined || storage.getItem(key) === JSON.stringify(batch)) storage.removeItem(key);
}

function isBatch(value: unknown): value is SessionBatch {
  const v = value as SessionBatch;
  return Array.isArray(v?.turns) && Array.isArray(v.deletedTurnIds) && Array.isArray(v.segments) && Array.isArray(v.deletedSegmentIds);
}

/** The studies with kept batches. */
export function studiesWithUnloadBatches(storage: Storage = localStorage): string[] {
  const studies = new Set<string>();
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) studies.add(key.slice(PREFIX.length).split('.')[0] ?? '');
  }
  return [...studies];
}

/** Writes the batches kept for a study's sessions, then forgets them; returns how many. */
export async function replayUnloadBatches(db: TelaahDb, studyId: string, storage: Storage = localStorage): Promise<number> {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(`${PREFIX}${studyId}.`) === true);
  let replayed = 0;
  for (const key of keys) {
    let batch: unknown = null;
    try {
      batch = JSON.parse(storage.getItem(key) ?? 'null');
    } catch {
      batch = null;
    }
    if (isBatch(batch)) {
      await writeSessionBatch(db, batch);
      replayed++;
    }
    storage.removeItem(key);
  }
  return replayed;
}
