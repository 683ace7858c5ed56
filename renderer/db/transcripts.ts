/**
 * Putting an imported transcript into one session. Only that session's turns and any new
 * participants are written, so a four-hour transcript goes in quickly; the rules (new
 * speakers become participants, a coded session is refused) are shared/transcript.ts's.
 */
import type { TranscriptTurn } from '../../shared/formats/transcript-txt.ts';
import { setTranscript } from '../../shared/transcript.ts';
import type { TelaahDb } from './schema.ts';
import { tracked } from './save-status.ts';

export function importSessionTranscript(db: TelaahDb, sessionId: string, turns: TranscriptTurn[], file: string): Promise<number> {
  return tracked(() =>
    db.transaction('rw', [db.studies, db.sessions, db.participants, db.turns, db.segments], async () => {
      const session = await db.sessions.get(sessionId);
      const study = session ? await db.studies.get(session.studyId) : undefined;
      if (!session || !study) throw new Error('session not found');
      const participants = await db.participants.where('studyId').equals(study.id).toArray();
      const segments = (await db.segments.where('sessionId').equals(sessionId).toArray()).map(({ studyId: _, ...s }) => s);
      const old = await db.turns.where('sessionId').equals(sessionId).toArray();
      const next = setTranscript({ study, sessions: [session], participants, turns: [], segments, summaries: [] }, sessionId, turns, file);
      const known = new Set(participants.map((p) => p.id));
      await db.participants.bulkAdd(next.participants.filter((p) => !known.has(p.id)));
      await db.turns.bulkDelete(old.map((t) => t.id));
      await db.turns.bulkAdd(next.turns.map((t) => ({ ...t, rev: 0 })));
      await db.studies.update(study.id, { updatedAt: new Date().toISOString() });
      return next.turns.length;
    }),
  );
}
