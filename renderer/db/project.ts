/**
 * A whole study as one shared/ `Project`, to and from the database. Imports and project
 * files go through `applyToProject`: load, apply a pure shared/ function, write back, all
 * in one transaction, so a failing import changes nothing.
 */
import type { Project, Study } from '../../shared/model.ts';
import { sharedTranscriptWriter } from './shared-transcripts.ts';
import { contentKey, contentsByTurn } from '../../shared/collab/turn-content.ts';
import type { TelaahDb } from './schema.ts';

const ALL = ['studies', 'sessions', 'participants', 'turns', 'segments', 'summaries'] as const;

export async function loadProject(db: TelaahDb, studyId: string): Promise<Project> {
  return db.transaction('r', ALL, async () => {
    const study = await db.studies.get(studyId);
    if (!study) throw new Error(`study ${studyId} not found`);
    const sessions = (await db.sessions.where('studyId').equals(studyId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    // Every read asked for at once, each session's turns as one key range (read whole, not by cursor).
    const [turnLists, segmentRows, summaryRows, participants] = await Promise.all([
      Promise.all(sessions.map((s) => db.turns.where('[sessionId+order]').between([s.id, -Infinity], [s.id, Infinity]).toArray())),
      db.segments.where('studyId').equals(studyId).toArray(),
      db.summaries.where('studyId').equals(studyId).toArray(),
      db.participants.where('studyId').equals(studyId).toArray(),
    ]);
    const turns = turnLists.flat().map(({ rev: _, ...t }) => t);
    const segments = segmentRows.map(({ studyId: _, ...s }) => s);
    const summaries = summaryRows.map(({ studyId: _, ...s }) => s);
    return { study, sessions, participants, turns, segments, summaries };
  });
}

/** Writes a project over whatever the database holds for that study. */
async function writeProject(db: TelaahDb, project: Project): Promise<void> {
  const studyId = project.study.id;
  const oldSessionIds = (await db.sessions.where('studyId').equals(studyId).primaryKeys()) as string[];
  const oldTurns = await db.turns.where('sessionId').anyOf(oldSessionIds).toArray();
  const revs = new Map(oldTurns.map((t) => [t.id, t.rev]));
  await db.turns.bulkDelete(oldTurns.map((t) => t.id));
  await db.sessions.where('studyId').equals(studyId).delete();
  await db.participants.where('studyId').equals(studyId).delete();
  await db.segments.where('studyId').equals(studyId).delete();
  await db.summaries.where('studyId').equals(studyId).delete();
  await db.studies.put(project.study);
  await db.sessions.bulkAdd(project.sessions.map((s) => ({ ...s, studyId })));
  await db.participants.bulkAdd(project.participants.map((p) => ({ ...p, studyId })));
  await db.turns.bulkAdd(project.turns.map((t) => ({ ...t, rev: (revs.get(t.id) ?? 0) + 1 })));
  await db.segments.bulkAdd(project.segments.map((s) => ({ ...s, studyId })));
  await db.summaries.bulkAdd(project.summaries.map((s) => ({ ...s, studyId })));
}

/**
 * A change to a shared study's transcripts or segments made outside the transcript screen
 * (an import of codings or a coder's file, a codebook edit that recodes) while no team has
 * the study open here to carry it into the sessions' documents (shared-transcripts.ts):
 * refused, because the documents are the transcripts' truth and would undo it.
 */
export class SharedTranscriptChange extends Error {
  constructor() {
    super('this study is shared on a team server and its documents are not open here yet: open the study and try again');
  }
}

/** What of a project's transcripts a screen shows: each turn with its segments, in id order. */
function transcriptContent(project: Project): string {
  return [...contentsByTurn(project.turns, project.segments)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, c]) => id + c.turn.sessionId + contentKey(c)).join('\n');
}

/**
 * A change of the whole study, written in one transaction. For a shared study, what it
 * changes of the transcripts then goes into the sessions' documents too, for the team.
 */
export async function applyToProject(db: TelaahDb, studyId: string, change: (project: Project) => Project): Promise<Project> {
  const { before, next, writer } = await db.saveStatus.track(() =>
    db.transaction('rw', [...ALL, 'shares'], async () => {
      const before = await loadProject(db, studyId);
      const changed = change(before);
      const touches = (await db.shares.get(studyId)) !== undefined && transcriptContent(changed) !== transcriptContent(before);
      const writer = touches ? sharedTranscriptWriter(studyId) : undefined;
      if (touches && !writer) throw new SharedTranscriptChange();
      const next = { ...changed, study: { ...changed.study, updatedAt: new Date().toISOString() } };
      await writeProject(db, next);
      return { before, next, writer };
    }),
  );
  if (writer) await writer(before, next);
  return next;
}

/** Adds a study opened from a project file; refuses to overwrite one that exists. */
export function addProject(db: TelaahDb, project: Project): Promise<Study> {
  return db.saveStatus.track(() =>
    db.transaction('rw', ALL, async () => {
      if (await db.studies.get(project.study.id)) throw new StudyExists(project.study.title);
      await writeProject(db, project);
      return project.study;
    }),
  );
}

/** Puts a study opened from a project file in place of the one with the same id, as the file has it. */
export function replaceProject(db: TelaahDb, project: Project): Promise<void> {
  return db.saveStatus.track(() => db.transaction('rw', ALL, () => writeProject(db, project)));
}

export class StudyExists extends Error {
  constructor(readonly title: string) {
    super(`study "${title}" is already open`);
  }
}
