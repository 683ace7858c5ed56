/**
 * Keeping a study's "last changed" time (`updatedAt`, shown as "Diubah" on the studies
 * list) true while the user works in it: writes of turns, segments and cell summaries
 * touch it too, at most once a minute per study from this tab, so typing does not rewrite
 * the study row on every key. The analysis copy of a study ignores a change of that time
 * alone (study-data.ts).
 */
import type { TelaahDb } from './schema.ts';

const EVERY_MS = 60_000;
const touchedAt = new Map<string, number>();

/** Whether the study's time is due again; notes it as touched now when it is. */
function due(studyId: string, now: number): boolean {
  if (now - (touchedAt.get(studyId) ?? -Infinity) < EVERY_MS) return false;
  touchedAt.set(studyId, now);
  return true;
}

/** Inside a transaction that has the studies table: the study's time set to now, when due. */
export async function touchStudy(db: TelaahDb, studyId: string, now = Date.now()): Promise<void> {
  if (due(studyId, now)) await db.studies.update(studyId, { updatedAt: new Date(now).toISOString() });
}

/** As `touchStudy`, for a session's study, inside a transaction that has the sessions and studies tables. */
export async function touchStudyOfSession(db: TelaahDb, sessionId: string, now = Date.now()): Promise<void> {
  const key = `session:${sessionId}`;
  if (!due(key, now)) return;
  const session = await db.sessions.get(sessionId);
  if (session) await touchStudy(db, session.studyId, now);
}

