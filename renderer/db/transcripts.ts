/**
 * The turns of an imported transcript for one session, ready for the transcript editor to
 * put in place as one step of its undo history. The rules (new speakers become
 * participants, a coded session is refused) are shared/transcript.ts's; a refusal comes
 * before anything is written. New participants are stored here, since they belong to the
 * study rather than to the session.
 */
import type { TranscriptTurn } from '../../shared/formats/transcript-txt.ts';
import type { Segment } from '../../shared/model.ts';
import { appendTranscript, setTranscript } from '../../shared/transcript.ts';
import type { TelaahDb, TurnRow } from './schema.ts';

/** `segments` are the session's coded segments as the editor holds them now. */
export async function importedTurns(db: TelaahDb, sessionId: string, turns: TranscriptTurn[], file: string, segments: readonly Segment[], after: readonly TurnRow[] | null = null): Promise<TurnRow[]> {
  const session = await db.sessions.get(sessionId);
  const study = session ? await db.studies.get(session.studyId) : undefined;
  const participants = study ? await db.participants.where('studyId').equals(study.id).toArray() : [];
  const sessions = session ? [session] : [];
  const project = { study: study!, sessions, participants, turns: (after ?? []).map(({ rev: _, ...t }) => t), segments: [...segments], summaries: [] };
  // Throws an ImportError naming the file when the session is gone (or, replacing, already coded).
  const next = after ? appendTranscript(project, sessionId, turns, file) : setTranscript(project, sessionId, turns, file);
  const known = new Set(participants.map((p) => p.id));
  await db.saveStatus.track(() =>
    db.transaction('rw', db.studies, db.participants, async () => {
      await db.participants.bulkAdd(next.participants.filter((p) => !known.has(p.id)));
      await db.studies.update(study!.id, { updatedAt: new Date().toISOString() });
    }),
  );
  // Appended: the session's turns as they were, then the new ones.
  const kept = new Map((after ?? []).map((t) => [t.id, t]));
  return next.turns.map((t) => kept.get(t.id) ?? { ...t, rev: 0 });
}
