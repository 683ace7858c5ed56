import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { importCodings } from '../../shared/formats/codings-csv.ts';
import { addProject, applyToProject, loadProject, StudyExists } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { applyCode, removeCode, setSegmentType } from '../../renderer/db/segments.ts';
import { addSession, deleteStudy } from '../../renderer/db/studies.ts';
import { deleteSession } from '../../renderer/db/trash.ts';
import { importSessionTranscript } from '../../renderer/db/transcripts.ts';
import { applyScope, readScope, scopeWithEdit } from '../../renderer/db/undo.ts';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { sessionTurns } from '../../shared/transcript.ts';
import { restoreVersion, saveVersion } from '../../renderer/db/versions.ts';
import { moveExemplar, setCellSummary, toggleExemplar } from '../../renderer/db/summaries.ts';
import { joinWithPrevious, saveTurnEdit, splitTurn } from '../../renderer/db/turns.ts';
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

async function turnsOf(sessionId: string) {
  return db.turns.where('[sessionId+order]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray();
}

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

describe('versions', () => {
  it('restore a session’s turns and segments, keeping the replaced state as a version', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const sessionId = project.sessions[0]!.id;
    const version = await saveVersion(db, sessionId, 'manual');
    expect(version.wordCount).toBeGreaterThan(300);
    expect(version.segments).toHaveLength(project.segments.length);

    const [first] = await turnsOf(sessionId);
    await saveTurnEdit(db, { turnId: first!.id, text: 'Teks yang salah.', spans: [], knownIds: [] });
    await db.segments.clear();
    await restoreVersion(db, version.id);

    const restored = await turnsOf(sessionId);
    expect(restored.map((t) => t.text)).toEqual(version.turns.map((t) => t.text));
    expect(restored.every((t) => t.rev > first!.rev)).toBe(true);
    expect(await db.segments.where('sessionId').equals(sessionId).count()).toBe(project.segments.length);
    const kept = await db.versions.where('sessionId').equals(sessionId).toArray();
    expect(kept.map((v) => v.reason).sort()).toEqual(['before-restore', 'manual']);
    expect(kept.find((v) => v.reason === 'before-restore')?.turns[0]?.text).toBe('Teks yang salah.');
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

describe('editing turns in the database', () => {
  async function setUp() {
    const project = studyWithTranscript();
    await addProject(db, project);
    const session = project.sessions[0]!;
    const turns = await turnsOf(session.id);
    const sari = turns.find((t) => t.text.startsWith('Kalau PKH'))!;
    return { project, session, sari };
  }

  it('stores typed text with the segment spans the editor moved, and drops segments whose text was deleted', async () => {
    const { project, sari } = await setUp();
    const a = await applyCode(db, { studyId: project.study.id, turnId: sari.id, start: 0, end: 9, code: '4.1.1', coder: '' });
    const b = await applyCode(db, { studyId: project.study.id, turnId: sari.id, start: 10, end: 20, code: '4.1.2', coder: '' });
    await saveTurnEdit(db, { turnId: sari.id, text: `Ya. ${sari.text}`, spans: [{ id: a, start: 4, end: 13 }], knownIds: [a, b] });
    expect((await db.turns.get(sari.id))?.text).toBe(`Ya. ${sari.text}`);
    expect(await db.segments.get(a)).toMatchObject({ start: 4, end: 13, text: 'Kalau PKH' });
    expect(await db.segments.get(b)).toBeUndefined();
  });

  it('moves another coder’s hidden segment (blind mode) with its words when the text changes, and gives the same words a segment per coder', async () => {
    const { project, sari } = await setUp();
    const mine = await applyCode(db, { studyId: project.study.id, turnId: sari.id, start: 0, end: 9, code: '4.1.1', coder: 'Ani' });
    const theirs = await applyCode(db, { studyId: project.study.id, turnId: sari.id, start: 0, end: 9, code: '4.1.2', coder: 'Budi' });
    expect(theirs).not.toBe(mine);
    // Ani, coding blind, sees only her segment and types before it.
    await saveTurnEdit(db, { turnId: sari.id, text: `Ya. ${sari.text}`, spans: [{ id: mine, start: 4, end: 13 }], knownIds: [mine] });
    expect(await db.segments.get(theirs)).toMatchObject({ start: 4, end: 13, text: 'Kalau PKH', codes: ['4.1.2'], coder: 'Budi' });
    // Splitting after the words keeps Budi's segment in the first half.
    const newTurn = await splitTurn(db, { turnId: sari.id, text: `Ya. ${sari.text}`, spans: [{ id: mine, start: 4, end: 13 }], knownIds: [mine] }, 20);
    expect((await db.segments.get(theirs))?.turnId).toBe(sari.id);
    expect(newTurn).toBeDefined();
  });

  it('keeps a segment the editor did not know about (coded while it was open)', async () => {
    const { project, sari } = await setUp();
    const fresh = await applyCode(db, { studyId: project.study.id, turnId: sari.id, start: 0, end: 9, code: '4.1.1', coder: '' });
    await saveTurnEdit(db, { turnId: sari.id, text: sari.text, spans: [], knownIds: [] });
    expect(await db.segments.get(fresh)).toBeDefined();
  });

  it('splits a turn at the caret into two turns of the same speaker, moving the segments after the cut', async () => {
    const { project, session, sari } = await setUp();
    const cut = sari.text.indexOf('Saat pencairan');
    const later = await applyCode(db, { studyId: project.study.id, turnId: sari.id, start: cut, end: cut + 14, code: '4.1.1', coder: '' });
    const before = await turnsOf(session.id);
    const created = await splitTurn(db, { turnId: sari.id, text: sari.text, spans: [{ id: later, start: cut, end: cut + 14 }], knownIds: [later] }, cut);
    const after = await turnsOf(session.id);
    expect(after).toHaveLength(before.length + 1);
    const index = after.findIndex((t) => t.id === sari.id);
    expect(after[index + 1]?.id).toBe(created);
    expect(after[index]?.text).toBe(sari.text.slice(0, cut));
    expect(after[index + 1]).toMatchObject({ text: sari.text.slice(cut), speakerId: sari.speakerId });
    expect(await db.segments.get(later)).toMatchObject({ turnId: created, start: 0, end: 14, text: 'Saat pencairan' });
  });

  it('joins a turn to the previous one, shifting its segments', async () => {
    const { project, session, sari } = await setUp();
    const turns = await turnsOf(session.id);
    const next = turns[turns.findIndex((t) => t.id === sari.id) + 1]!;
    const seg = await applyCode(db, { studyId: project.study.id, turnId: next.id, start: 0, end: 4, code: '4.1.1', coder: '' });
    const joined = await joinWithPrevious(db, { turnId: next.id, text: next.text, spans: [{ id: seg, start: 0, end: 4 }], knownIds: [seg] });
    expect(joined).toMatchObject({ turnId: sari.id, offset: sari.text.length });
    expect((await db.turns.get(sari.id))?.text).toBe(sari.text + next.text);
    expect(await db.turns.get(next.id)).toBeUndefined();
    expect(await db.segments.get(seg)).toMatchObject({ turnId: sari.id, start: sari.text.length, end: sari.text.length + 4, text: next.text.slice(0, 4) });
  });

  it('does not join the first turn to anything', async () => {
    const { session } = await setUp();
    const [first] = await turnsOf(session.id);
    expect(await joinWithPrevious(db, { turnId: first!.id, text: first!.text, spans: [], knownIds: [] })).toBeUndefined();
    expect(await db.turns.get(first!.id)).toBeDefined();
  });
});

describe('coding in the database', () => {
  it('adds a code to a span already coded, removes codes, and the segment with its last code', async () => {
    const project = studyWithTranscript();
    await addProject(db, project);
    const turn = project.turns[5]!;
    const first = await applyCode(db, { studyId: project.study.id, turnId: turn.id, start: 0, end: 10, code: '4.3.7', coder: 'Ani' });
    const second = await applyCode(db, { studyId: project.study.id, turnId: turn.id, start: 0, end: 10, code: '4.4.7', coder: 'Ani' });
    expect(second).toBe(first);
    expect((await db.segments.get(first))?.codes).toEqual(['4.3.7', '4.4.7']);
    const rev = (await db.turns.get(turn.id))!.rev;
    await removeCode(db, first, '4.3.7');
    expect((await db.segments.get(first))?.codes).toEqual(['4.4.7']);
    expect((await db.turns.get(turn.id))!.rev).toBe(rev + 1);
    await setSegmentType(db, first, 'TKSK');
    expect((await db.segments.get(first))?.assistantType).toBe('TKSK');
    await removeCode(db, first, '4.4.7');
    expect(await db.segments.get(first)).toBeUndefined();
  });

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

describe('importing a transcript into a session', () => {
  it('writes the session’s turns and new speakers only, and refuses a coded session', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const sessionId = project.sessions[0]!.id;
    const turns = parseTranscriptTxt('Moderator: Mulai.\n\nBu Wati: Saya dari desa sebelah.', 'baru.txt');
    await expect(importSessionTranscript(db, sessionId, turns, 'baru.txt')).rejects.toThrow('baru.txt: session "FGD Sukamaju" already has coded segments');

    const fresh = await addSession(db, project.study.id, 'FGD 2');
    expect(await importSessionTranscript(db, fresh.id, turns, 'baru.txt')).toBe(2);
    const loaded = await loadProject(db, project.study.id);
    expect(sessionTurns(loaded, fresh.id).map((t) => t.text)).toEqual(['Mulai.', 'Saya dari desa sebelah.']);
    expect(loaded.participants.map((p) => p.label)).toContain('Bu Wati');
    expect(loaded.participants.filter((p) => p.label === 'Moderator')).toHaveLength(1);
    expect(loaded.turns.filter((t) => t.sessionId === sessionId)).toHaveLength(project.turns.length);
  });
});

describe('undoing changes beyond one turn', () => {
  it('puts the turns and segments of a split back, and redoes it', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const sessionId = project.sessions[0]!.id;
    const sari = (await turnsOf(sessionId)).find((t) => t.text.startsWith('Kalau PKH'))!;
    const segments = await db.segments.where('turnId').equals(sari.id).toArray();
    const edit = { turnId: sari.id, text: sari.text, spans: segments.map((s) => ({ id: s.id, start: s.start, end: s.end })), knownIds: segments.map((s) => s.id) };

    const before = scopeWithEdit(await readScope(db, [sari.id]), edit);
    const created = (await splitTurn(db, edit, 20))!;
    const scope = [sari.id, created];
    const after = await readScope(db, scope);
    expect((await turnsOf(sessionId)).length).toBe(project.turns.length + 1);

    await applyScope(db, scope, before);
    expect((await turnsOf(sessionId)).length).toBe(project.turns.length);
    expect((await db.turns.get(sari.id))?.text).toBe(sari.text);
    expect(await db.segments.where('turnId').equals(sari.id).toArray()).toEqual(segments);

    await applyScope(db, scope, after);
    expect((await db.turns.get(created))?.text).toBe(sari.text.slice(20));
  });
});
