import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addProject } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { writeSessionBatch } from '../../renderer/db/session-rows.ts';
import { touchStudyOfSession } from '../../renderer/db/study-touch.ts';
import { setCellSummary } from '../../renderer/db/summaries.ts';
import { codedStudy } from './sample-project.ts';

let db: TelaahDb;
let n = 0;

beforeEach(async () => {
  db = new TelaahDb(`telaah-touch-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const LONG_AGO = '2020-01-01T00:00:00.000Z';

describe('a study’s time of last change', () => {
  it('moves when a turn is typed in, and when a cell summary is written', async () => {
    const project = codedStudy();
    await addProject(db, { ...project, study: { ...project.study, updatedAt: LONG_AGO } });
    const turn = (await db.turns.toArray())[0]!;
    await writeSessionBatch(db, { turns: [{ ...turn, text: `${turn.text} lagi` }], deletedTurnIds: [], segments: [], deletedSegmentIds: [] });
    expect((await db.studies.get(project.study.id))!.updatedAt > LONG_AGO).toBe(true);

    // Another study of this tab: its first summary moves its time at once.
    const other = codedStudy();
    await addProject(db, { ...other, study: { ...other.study, updatedAt: LONG_AGO } });
    await setCellSummary(db, other.study.id, '4.1.1', 'PKH', 'Ringkasan baru');
    expect((await db.studies.get(other.study.id))!.updatedAt > LONG_AGO).toBe(true);
  });

  it('is written at most once a minute while the user keeps working', async () => {
    const project = codedStudy();
    await addProject(db, { ...project, study: { ...project.study, updatedAt: LONG_AGO } });
    const sessionId = project.sessions[0]!.id;
    const at = Date.UTC(2030, 0, 1, 10, 0, 0);
    const touch = (now: number) => db.transaction('rw', db.sessions, db.studies, () => touchStudyOfSession(db, sessionId, now));
    const stored = async () => (await db.studies.get(project.study.id))!.updatedAt;
    await touch(at);
    expect(await stored()).toBe('2030-01-01T10:00:00.000Z');
    await touch(at + 30_000);
    expect(await stored()).toBe('2030-01-01T10:00:00.000Z');
    await touch(at + 61_000);
    expect(await stored()).toBe('2030-01-01T10:01:01.000Z');
  });
});
