import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replayJournal } from '../../renderer/db/journal.ts';
import { forgetUnloadBatch, keepUnloadBatch, replayUnloadBatches, studiesWithUnloadBatches } from '../../renderer/db/unload-journal.ts';
import { writeSessionBatchNow } from '../../renderer/db/session-rows.ts';
import { addProject } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { studyWithTranscript } from './sample-project.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

let db: TelaahDb;
beforeEach(async () => {
  db = new TelaahDb(`journal-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the typing journal', () => {
  it('stores edits left behind by a window that closed before its database write, then forgets them', async () => {
    const project = studyWithTranscript();
    await addProject(db, project);
    const turn = project.turns[3]!;
    const storage = new MemoryStorage();
    storage.setItem(`telaah.journal.${turn.id}`, JSON.stringify({ turnId: turn.id, text: `${turn.text} Tambahan.`, spans: [], knownIds: [] }));
    storage.setItem('telaah.journal.hilang', JSON.stringify({ turnId: 'hilang', text: 'x', spans: [], knownIds: [] }));
    storage.setItem('telaah.journal.rusak', '{bukan json');
    storage.setItem('telaah.lang', 'en');

    expect(await replayJournal(db, storage)).toBe(1);
    expect((await db.turns.get(turn.id))?.text).toBe(`${turn.text} Tambahan.`);
    expect(storage.length).toBe(1);
    expect(storage.getItem('telaah.lang')).toBe('en');
  });
});

describe('rows kept by a closing transcript screen', () => {
  it('are written for their study when it is next edited, then forgotten; other studies\' rows and broken entries are not written', async () => {
    const project = studyWithTranscript();
    await addProject(db, project);
    const turn = (await db.turns.get(project.turns[2]!.id))!;
    const storage = new MemoryStorage();
    keepUnloadBatch(project.study.id, turn.sessionId, { turns: [{ ...turn, text: 'Diketik sebelum jendela ditutup.' }], deletedTurnIds: [], segments: [], deletedSegmentIds: [] }, storage);
    keepUnloadBatch('studi-lain', 'sesi', { turns: [{ ...turn, text: 'bukan untuk studi ini' }], deletedTurnIds: [], segments: [], deletedSegmentIds: [] }, storage);
    storage.setItem(`telaah.unload.${project.study.id}.rusak`, '{bukan json');
    expect(studiesWithUnloadBatches(storage).sort()).toEqual([project.study.id, 'studi-lain'].sort());

    expect(await replayUnloadBatches(db, project.study.id, storage)).toBe(1);
    expect((await db.turns.get(turn.id))?.text).toBe('Diketik sebelum jendela ditutup.');
    expect(studiesWithUnloadBatches(storage)).toEqual(['studi-lain']);
    // Replaying again changes nothing: the rows were whole and are forgotten.
    expect(await replayUnloadBatches(db, project.study.id, storage)).toBe(0);
  });
});

describe('the copy a closing page keeps', () => {
  it('is forgotten only once its rows are stored, and only while it is that batch', async () => {
    const project = studyWithTranscript();
    const store = new TelaahDb(`unload-${Math.random()}`);
    await store.open();
    await addProject(store, project);
    const storage = new MemoryStorage();
    const turn = (await store.turns.toArray())[0]!;
    const batch = { turns: [{ ...turn, text: 'Ditulis saat halaman ditutup.' }], deletedTurnIds: [], segments: [], deletedSegmentIds: [] };
    keepUnloadBatch(project.study.id, turn.sessionId, batch, storage);
    const stored = new Promise<void>((resolve) => writeSessionBatchNow(store, batch, () => resolve()));
    await stored;
    expect((await store.turns.get(turn.id))?.text).toBe('Ditulis saat halaman ditutup.');
    // A later copy is not the stored batch: it stays.
    const later = { ...batch, turns: [{ ...turn, text: 'Yang kedua.' }] };
    keepUnloadBatch(project.study.id, turn.sessionId, later, storage);
    forgetUnloadBatch(project.study.id, turn.sessionId, batch, storage);
    expect(studiesWithUnloadBatches(storage)).toEqual([project.study.id]);
    forgetUnloadBatch(project.study.id, turn.sessionId, later, storage);
    expect(studiesWithUnloadBatches(storage)).toEqual([]);
    store.close();
  });
});
