/**
 * Versions of a session's transcript: a snapshot of its turns and coded segments, taken
 * on demand or automatically, and restored as a whole. Restoring first keeps the current
 * state as a version, so a restore can itself be undone.
 */
import { newId } from '../../shared/model.ts';
import { countWords } from '../../shared/versions.ts';
import type { TelaahDb, VersionRow } from './schema.ts';
import { tracked } from './save-status.ts';

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

export function saveVersion(db: TelaahDb, sessionId: string, reason: 'auto' | 'manual'): Promise<VersionRow> {
  return tracked(() => db.transaction('rw', [db.turns, db.segments, db.versions], () => snapshot(db, sessionId, reason)));
}

export function restoreVersion(db: TelaahDb, versionId: string): Promise<void> {
  return tracked(() =>
    db.transaction('rw', [db.turns, db.segments, db.versions], async () => {
      const version = await db.versions.get(versionId);
      if (!version) throw new Error('version not found');
      await snapshot(db, version.sessionId, 'before-restore');
      const current = await db.turns.where('sessionId').equals(version.sessionId).toArray();
      // Every restored turn gets a revision its open editor has never seen, so it reloads.
      const rev = Math.max(0, ...current.map((t) => t.rev), ...version.turns.map((t) => t.rev)) + 1;
      await db.segments.where('sessionId').equals(version.sessionId).delete();
      await db.turns.where('sessionId').equals(version.sessionId).delete();
      await db.turns.bulkAdd(version.turns.map((t) => ({ ...t, rev })));
      await db.segments.bulkAdd(version.segments);
    }),
  );
}
