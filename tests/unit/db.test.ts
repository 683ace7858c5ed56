import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { importCodings } from '../../shared/formats/codings-csv.ts';
import { addProject, applyToProject, loadProject, StudyExists } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { deleteStudy } from '../../renderer/db/studies.ts';
import { deleteSession } from '../../renderer/db/trash.ts';
import { moveExemplar, setCellSummary, toggleExemplar } from '../../renderer/db/summaries.ts';
import { codedStudy, studyWithTranscript } from './sample-project.ts';

let db: TelaahDb;
let n = 0;

beforeEach(async () => {
  db = new TelaahDb(`telaah-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('a study in the database', () => {
  it('holds a whole project and gives it back unchanged', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const loaded = await loadProject(db, project.study.id);
    expect(writeProjectFile(loaded)).toBe(writeProjectFile(project));
  });

  it('refuses to open the same study twice', async () => {
    const project = codedStudy();
    await addProject(db, project);
    await expect(addProject(db, project)).rejects.toBeInstanceOf(StudyExists);
  });

  it('leaves everything as it was when an import fails', async () => {
    const project = studyWithTranscript();
    await addProject(db, project);
    const csv = 'session,speaker,assistant_type,code,text,memo\nFGD Sukamaju,Bu Sari,,4.1.1,Saat pencairan,\nFGD Sukamaju,Bu Sari,,4.1.9,Saat pencairan,\n';
    await expect(applyToProject(db, project.study.id, (p) => importCodings(p, csv, 'k.csv'))).rejects.toThrow('k.csv:3: unknown code "4.1.9"');
    expect(await db.segments.count()).toBe(0);
    expect(await db.turns.count()).toBe(project.turns.length);
  });
});

describe('deleting', () => {
  it('removes a session with its turns and segments, and nothing of the other sessions', async () => {
    const project = codedStudy();
    await addProject(db, project);
    await deleteSession(db, project.sessions[0]!.id);
    const left = await loadProject(db, project.study.id);
    expect(left.sessions).toHaveLength(0);
    expect(left.turns).toHaveLength(0);
    expect(left.segments).toHaveLength(0);
    expect(left.participants).toHaveLength(project.participants.length);
  });

  it('removes a study and everything in it, leaving other studies alone', async () => {
    const kept = studyWithTranscript();
    const gone = codedStudy();
    await addProject(db, kept);
    await addProject(db, gone);
    await deleteStudy(db, gone.study.id);
    expect(await db.studies.get(gone.study.id)).toBeUndefined();
    expect(await db.segments.where('studyId').equals(gone.study.id).count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    expect((await loadProject(db, kept.study.id)).turns).toHaveLength(kept.turns.length);
    expect(await db.turns.count()).toBe(kept.turns.length);
  });
});

describe('cell summaries in the database', () => {
  it('stores a cell summary and removes it when emptied', async () => {
    const project = studyWithTranscript();
    await addProject(db, project);
    await setCellSummary(db, project.study.id, '4.1.1', 'PKH', 'Mendampingi KPM.');
    expect((await loadProject(db, project.study.id)).summaries).toEqual([{ code: '4.1.1', assistantType: 'PKH', text: 'Mendampingi KPM.', exemplars: [] }]);
    await setCellSummary(db, project.study.id, '4.1.1', 'PKH', '  ');
    expect((await loadProject(db, project.study.id)).summaries).toEqual([]);
  });

  it('keeps exemplar quotes of a cell in the order chosen, beside its summary', async () => {
    const project = studyWithTranscript();
    await addProject(db, project);
    const { study } = project;
    await toggleExemplar(db, study.id, '4.1.1', 'PKH', 'seg-a');
    await toggleExemplar(db, study.id, '4.1.1', 'PKH', 'seg-b');
    await setCellSummary(db, study.id, '4.1.1', 'PKH', 'Ringkasan.');
    await moveExemplar(db, study.id, '4.1.1', 'PKH', 'seg-b', -1);
    expect((await loadProject(db, study.id)).summaries).toEqual([{ code: '4.1.1', assistantType: 'PKH', text: 'Ringkasan.', exemplars: ['seg-b', 'seg-a'] }]);
    await setCellSummary(db, study.id, '4.1.1', 'PKH', '');
    await toggleExemplar(db, study.id, '4.1.1', 'PKH', 'seg-b');
    expect((await loadProject(db, study.id)).summaries[0]?.exemplars).toEqual(['seg-a']);
    await toggleExemplar(db, study.id, '4.1.1', 'PKH', 'seg-a');
    expect((await loadProject(db, study.id)).summaries).toEqual([]);
  });
});
