/**
 * Versions of a session's transcript: a snapshot of its turns and coded segments, taken
 * on demand, automatically, and before a version is restored (the transcript editor
 * restores it as one step of its undo history).
 */
import { newId } from '../../shared/model.ts';
import { countWords } from '../../shared/versions.ts';
import type { TelaahDb, VersionRow } from './schema.ts';

async function snapshot(db: TelaahDb, sessionId: string, reason: VersionRow['reason']): Promise<VersionRow> {
  const turns = await db.turns.where('[sessionId+order]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray();
  const segments = await db.segments.where('sessionId').equals(sessionId).toArray();
  const version: VersionRow = {
    id: newId(),
    sessionId,
    createdAt: new Date().toISOString(),
    reason,
    wordCount: countWords(turns.map((t) => t.text)),
    turns,
    segments,
  };
  await db.versions.add(version);
  return version;
}

export function saveVersion(db: TelaahDb, sessionId: string, reason: VersionRow['reason']): Promise<VersionRow> {
  return db.saveStatus.track(() => db.transaction('rw', [db.turns, db.segments, db.versions], () => snapshot(db, sessionId, reason)));
}
