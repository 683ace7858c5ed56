/**
 * Deleting with a way back. Deleting a study, a session, a participant or codes (a role or
 * agenda removed from the codebook) keeps what was deleted in memory, so it can be put back until
 * the app is closed or reloaded. Each deletion and each restore is one transaction.
 */
import { recodeProject, type CodebookEdit } from '../../shared/codebook-edit.ts';
import type { Codebook, Participant, Project } from '../../shared/model.ts';
import { applyToProject } from './project.ts';
import { deleteStudy } from './studies.ts';
import type { MediaRow, SegmentRow, SessionRowSet, TelaahDb, VersionRow } from './schema.ts';

import type { Deleted } from './trash-list.ts';

export type { Deleted, DeletedKind } from './trash-list.ts';

/** Restoring is refused when what it would put back no longer fits the study. */
export class CannotRestore extends Error {
  constructor(readonly why: 'studyGone' | 'codebookChanged' | 'studyBack') {
    super(why === 'studyGone' ? 'the study no longer exists' : why === 'studyBack' ? 'the study is here again' : 'the codebook has changed since the deletion');
  }
}

/** Puts a deleted item back and forgets it; throws {@link CannotRestore} when it no longer fits. */
export async function restoreDeleted(db: TelaahDb, id: string): Promise<void> {
  const entry = db.trash.find(id);
  if (!entry) return;
  await entry.restore(db);
  db.trash.forget(id);
}

async function studyExists(db: TelaahDb, studyId: string): Promise<void> {
  if (!(await db.studies.get(studyId))) throw new CannotRestore('studyGone');
}

/** Deletes a study with everything in it (sessions, participants, transcripts, coding, summaries, recordings, versions), kept to be put back. */
export async function deleteStudyKept(db: TelaahDb, studyId: string): Promise<Deleted | null> {
  const tables = [db.studies, db.sessions, db.participants, db.turns, db.segments, db.summaries, db.media, db.versions];
  const rows = await db.saveStatus.track(() =>
    db.transaction('rw', tables, async () => {
      const study = await db.studies.get(studyId);
      if (!study) return null;
      const sessions = await db.sessions.where('studyId').equals(studyId).toArray();
      const ids = sessions.map((s) => s.id);
      const kept = {
        study,
        sessions,
        participants: await db.participants.where('studyId').equals(studyId).toArray(),
        turns: await db.turns.where('sessionId').anyOf(ids).toArray(),
        segments: await db.segments.where('studyId').equals(studyId).toArray(),
        summaries: await db.summaries.where('studyId').equals(studyId).toArray(),
        media: (await db.media.bulkGet(ids)).filter((m): m is MediaRow => m !== undefined),
        versions: await db.versions.where('sessionId').anyOf(ids).toArray(),
      };
      await deleteStudy(db, studyId);
      return kept;
    }),
  );
  if (!rows) return null;
  return db.trash.remember({
    studyId,
    kind: 'study',
    name: rows.study.title,
    restore: (db) =>
      db.saveStatus.track(() =>
        db.transaction('rw', tables, async () => {
          // A study opened again from a file since (the same id) is not overwritten.
          if (await db.studies.get(studyId)) throw new CannotRestore('studyBack');
          await db.studies.put(rows.study);
          await db.sessions.bulkPut(rows.sessions);
          await db.participants.bulkPut(rows.participants);
          await db.turns.bulkPut(rows.turns);
          await db.segments.bulkPut(rows.segments);
          await db.summaries.bulkPut(rows.summaries);
          await db.media.bulkPut(rows.media);
          await db.versions.bulkPut(rows.versions);
        }),
      ),
  });
}

/** Deletes a session with its turns, coded segments, recording and versions. */
export async function deleteSession(db: TelaahDb, sessionId: string): Promise<Deleted | null> {
  const rows = await db.saveStatus.track(() =>
    db.transaction('rw', [db.sessions, db.turns, db.segments, db.media, db.versions], async (): Promise<SessionRowSet | null> => {
      const session = await db.sessions.get(sessionId);
      if (!session) return null;
      const turns = await db.turns.where('[sessionId+order]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray();
      const segments: SegmentRow[] = await db.segments.where('sessionId').equals(sessionId).toArray();
      const media: MediaRow | undefined = await db.media.get(sessionId);
      const versions: VersionRow[] = await db.versions.where('sessionId').equals(sessionId).toArray();
      await db.media.delete(sessionId);
      await db.versions.where('sessionId').equals(sessionId).delete();
      await db.segments.where('sessionId').equals(sessionId).delete();
      await db.turns.bulkDelete(turns.map((t) => t.id));
      await db.sessions.delete(sessionId);
      return { session, turns, segments, media, versions };
    }),
  );
  if (!rows) return null;
  return db.trash.remember({
    studyId: rows.session.studyId,
    kind: 'session',
    name: rows.session.title,
    restore: (db) =>
      db.saveStatus.track(() =>
        db.transaction('rw', [db.studies, db.sessions, db.turns, db.segments, db.media, db.versions], async () => {
          await studyExists(db, rows.session.studyId);
          await db.sessions.put(rows.session);
          await db.turns.bulkPut(rows.turns.map((t) => ({ ...t, rev: t.rev + 1 })));
          await db.segments.bulkPut(rows.segments);
          if (rows.media) await db.media.put(rows.media);
          await db.versions.bulkPut(rows.versions);
        }),
      ),
  });
}

/** Deletes a participant; the turns they spoke are left without a speaker until restored. */
export async function deleteParticipant(db: TelaahDb, participantId: string): Promise<Deleted | null> {
  const found = await db.saveStatus.track(() =>
    db.transaction('rw', [db.participants, db.sessions, db.turns], async (): Promise<{ participant: Participant; turnIds: string[] } | null> => {
      const participant = await db.participants.get(participantId);
      if (!participant) return null;
      const sessionIds = (await db.sessions.where('studyId').equals(participant.studyId).primaryKeys()) as string[];
      const spoken = (await db.turns.where('sessionId').anyOf(sessionIds).toArray()).filter((t) => t.speakerId === participantId);
      await db.turns.bulkPut(spoken.map((t) => ({ ...t, speakerId: null, rev: t.rev + 1 })));
      await db.participants.delete(participantId);
      return { participant, turnIds: spoken.map((t) => t.id) };
    }),
  );
  if (!found) return null;
  const { participant, turnIds } = found;
  return db.trash.remember({
    studyId: participant.studyId,
    kind: 'participant',
    name: participant.label,
    restore: (db) =>
      db.saveStatus.track(() =>
        db.transaction('rw', [db.studies, db.participants, db.turns], async () => {
          await studyExists(db, participant.studyId);
          await db.participants.put(participant);
          // Turns given another speaker since the deletion keep that speaker.
          const turns = (await db.turns.bulkGet(turnIds)).filter((t) => t !== undefined && t.speakerId === null);
          await db.turns.bulkPut(turns.map((t) => ({ ...t!, speakerId: participant.id, rev: t!.rev + 1 })));
        }),
      ),
  });
}

/**
 * Removes codes from the codebook (a role or agenda, its segments merged elsewhere or
 * uncoded). Restoring puts back the codebook, segments and summaries as they were, and
 * segments coded since then go back to the old numbering; it is refused once the codebook
 * has been edited again.
 */
export async function removeCodes(db: TelaahDb, studyId: string, name: string, edit: (codebook: Codebook) => CodebookEdit): Promise<Deleted> {
  const seen: { before?: Project; change?: CodebookEdit } = {};
  const after = await applyToProject(db, studyId, (project) => {
    seen.before = project;
    seen.change = edit(project.study.codebook);
    return recodeProject(project, seen.change);
  });
  const old = seen.before!;
  const back = new Map([...seen.change!.recode].filter((e): e is [string, string] => e[1] !== null).map(([from, to]) => [to, from]));
  const codebookAfter = JSON.stringify(after.study.codebook);
  return db.trash.remember({
    studyId,
    kind: 'codes',
    name,
    restore: async (db) => {
      await studyExists(db, studyId);
      await applyToProject(db, studyId, (now) => {
        if (JSON.stringify(now.study.codebook) !== codebookAfter) throw new CannotRestore('codebookChanged');
        const mapBack = (code: string) => back.get(code) ?? code;
        const known = new Set(old.segments.map((s) => s.id));
        const turnIds = new Set(now.turns.map((t) => t.id));
        const newer = now.segments.filter((s) => !known.has(s.id)).map((s) => ({ ...s, codes: [...new Set(s.codes.map(mapBack))] }));
        const keyOf = (s: { code: string; assistantType: string }) => `${s.code}\u0000${s.assistantType}`;
        const oldCells = new Set(old.summaries.map(keyOf));
        const newerSummaries = now.summaries.map((s) => ({ ...s, code: mapBack(s.code) })).filter((s) => !oldCells.has(keyOf(s)));
        return {
          ...now,
          study: { ...now.study, codebook: old.study.codebook },
          // Segments of sessions deleted meanwhile stay deleted.
          segments: [...old.segments.filter((s) => turnIds.has(s.turnId)), ...newer],
          summaries: [...old.summaries, ...newerSummaries],
        };
      });
    },
  });
}
