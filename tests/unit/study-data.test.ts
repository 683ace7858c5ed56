import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import type { Project } from '../../shared/model.ts';
import { addProject, applyToProject, loadProject } from '../../renderer/db/project.ts';
import { TelaahDb, type TurnRow } from '../../renderer/db/schema.ts';
import { writeSessionBatch, writeSessionBatchNow } from '../../renderer/db/session-rows.ts';
import { addSession, updateParticipant, updateStudy } from '../../renderer/db/studies.ts';
import { StudyData } from '../../renderer/db/study-data.ts';
import { setCellSummary } from '../../renderer/db/summaries.ts';
import { deleteSession } from '../../renderer/db/trash.ts';
import { randomSource } from './fuzz/malform.ts';
import { codedStudy } from './sample-project.ts';

let db: TelaahDb;
let n = 0;
const open: StudyData[] = [];

beforeEach(async () => {
  db = new TelaahDb(`study-data-${++n}`);
  await db.open();
});
afterEach(async () => {
  open.splice(0).forEach((d) => d.close());
  db.close();
  await db.delete();
});

/** The study as the project file writes it: canonical, so two equal studies give the same text. */
const canonical = (p: Project | undefined) => (p ? writeProjectFile(p) : 'none');

async function watched(project: Project): Promise<StudyData> {
  await addProject(db, project);
  const data = new StudyData(db, project.study.id);
  open.push(data);
  await data.settled();
  return data;
}

/** Waits for the change events of the last write to reach the copy, then for it to read them. */
async function caughtUp(data: StudyData): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await data.settled();
}

describe('a study kept up to date from its changes', () => {
  it('starts as the study in the database', async () => {
    const project = codedStudy();
    const data = await watched(project);
    expect(canonical(data.snapshot().project)).toBe(canonical(project));
  });

  it('keeps the same project when only a turn\'s text changed, with the new text in it, and counts the change', async () => {
    const data = await watched(codedStudy());
    const before = data.snapshot();
    const turn = (await db.turns.toArray())[0]!;
    await writeSessionBatch(db, { turns: [{ ...turn, text: `${turn.text} tambahan` }], deletedTurnIds: [], segments: [], deletedSegmentIds: [] });
    await caughtUp(data);
    expect(data.snapshot().project).toBe(before.project);
    expect(data.snapshot().textVersion).toBe(before.textVersion + 1);
    expect(data.snapshot().project!.turns.find((t) => t.id === turn.id)!.text).toBe(`${turn.text} tambahan`);
  });

  it('keeps the same project when typing moves the segments after it, with their new offsets in it', async () => {
    const data = await watched(codedStudy());
    const before = data.snapshot();
    const segment = (await db.segments.toArray()).find((s) => s.start > 0)!;
    const turn = (await db.turns.get(segment.turnId))!;
    await writeSessionBatch(db, { turns: [{ ...turn, text: `x${turn.text}` }], deletedTurnIds: [], segments: [{ ...segment, start: segment.start + 1, end: segment.end + 1 }], deletedSegmentIds: [] });
    await caughtUp(data);
    expect(data.snapshot().project).toBe(before.project);
    expect(data.snapshot().textVersion).toBe(before.textVersion + 1);
    expect(data.snapshot().project!.segments.find((s) => s.id === segment.id)).toMatchObject({ start: segment.start + 1, end: segment.end + 1 });
    // A new code is another matter: a new project.
    await writeSessionBatch(db, { turns: [], deletedTurnIds: [], segments: [{ ...segment, start: segment.start + 1, end: segment.end + 1, codes: ['4.4.8'] }], deletedSegmentIds: [] });
    await caughtUp(data);
    expect(data.snapshot().project).not.toBe(before.project);
  });

  it('gives a new project when a turn\'s speaker changes', async () => {
    const data = await watched(codedStudy());
    const before = data.snapshot().project;
    const turn = (await db.turns.toArray()).find((t) => t.speakerId !== null)!;
    await writeSessionBatch(db, { turns: [{ ...turn, speakerId: null, rev: turn.rev + 1 }], deletedTurnIds: [], segments: [], deletedSegmentIds: [] });
    await caughtUp(data);
    expect(data.snapshot().project).not.toBe(before);
    expect(canonical(data.snapshot().project)).toBe(canonical(await loadProject(db, before!.study.id)));
  });

  it('reads the rows a closing page wrote with IndexedDB itself', async () => {
    const data = await watched(codedStudy());
    const turn = (await db.turns.toArray())[0]!;
    writeSessionBatchNow(db, { turns: [{ ...turn, text: 'ditulis saat halaman ditutup' }], deletedTurnIds: [], segments: [], deletedSegmentIds: [] });
    await new Promise((r) => setTimeout(r, 50));
    await data.settled();
    expect(data.snapshot().project!.turns.find((t) => t.id === turn.id)!.text).toBe('ditulis saat halaman ditutup');
  });

  it('equals a full read after random sequences of every kind of edit', async () => {
    for (let seed = 1; seed <= 10; seed++) {
      const project = codedStudy();
      const studyId = project.study.id;
      const data = await watched(project);
      const next = randomSource(seed);
      const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
      for (let step = 0; step < 25; step++) {
        const turns: TurnRow[] = await db.turns.where('sessionId').anyOf((await db.sessions.where('studyId').equals(studyId).primaryKeys()) as string[]).toArray();
        const segments = await db.segments.where('studyId').equals(studyId).toArray();
        const people = await db.participants.where('studyId').equals(studyId).toArray();
        const kind = Math.floor(next() * 9);
        if (kind === 0 && turns.length) {
          // Typing: at the end of a turn, or at its start, moving its segments along.
          const t = pick(turns);
          const atStart = next() < 0.5;
          const moved = atStart ? segments.filter((s) => s.turnId === t.id).map((s) => ({ ...s, start: s.start + 2, end: s.end + 2 })) : [];
          await writeSessionBatch(db, { turns: [{ ...t, text: atStart ? `x ${t.text}` : `${t.text} x` }], deletedTurnIds: [], segments: moved, deletedSegmentIds: [] });
        } else if (kind === 1 && turns.length) {
          const t = pick(turns);
          await writeSessionBatch(db, { turns: [{ ...t, speakerId: next() < 0.5 ? null : pick(people).id, rev: t.rev + 1 }], deletedTurnIds: [], segments: [], deletedSegmentIds: [] });
        } else if (kind === 2 && segments.length) {
          const s = pick(segments);
          await writeSessionBatch(db, { turns: [], deletedTurnIds: [], segments: [], deletedSegmentIds: [s.id] });
        } else if (kind === 3 && segments.length) {
          const s = pick(segments);
          await writeSessionBatch(db, { turns: [], deletedTurnIds: [], segments: [{ ...s, codes: ['4.4.8'], assistantType: next() < 0.5 ? 'TKSK' : null }], deletedSegmentIds: [] });
        } else if (kind === 4) {
          await updateParticipant(db, pick(people).id, { assistantType: next() < 0.5 ? 'PKH' : null });
        } else if (kind === 5) {
          await setCellSummary(db, studyId, pick(['4.1.1', '4.2.3', '4.3.5']), pick(['PKH', 'TKSK']), `Ringkasan ${step}`);
        } else if (kind === 6) {
          await updateStudy(db, studyId, { title: `Judul ${step}` });
        } else if (kind === 7) {
          // A whole-study write of many rows at once: Dexie tells it as ranges, not keys.
          await applyToProject(db, studyId, (p) => ({ ...p, turns: p.turns.map((t) => ({ ...t, text: t.text.toUpperCase() })) }));
        } else {
          const session = await addSession(db, studyId, `Sesi ${step}`);
          if (next() < 0.5) await deleteSession(db, session.id);
        }
        if (next() < 0.4) await caughtUp(data);
      }
      await caughtUp(data);
      expect(canonical(data.snapshot().project), `seed ${seed}`).toBe(canonical(await loadProject(db, studyId)));
    }
  });

  it('says so when the study is deleted', async () => {
    const data = await watched(codedStudy());
    await db.studies.delete(data.studyId);
    await caughtUp(data);
    expect(data.snapshot().project).toBeUndefined();
  });
});
