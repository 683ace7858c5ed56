/**
 * Typing over a selection, as a word processor does, in the session model the editor
 * talks to: a selection inside one turn or across turns (in either direction) is replaced
 * by what is typed, the turns between go, coded segments keep the words outside the
 * selection, and one undo brings everything back.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addProject } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { readSessionRows, writeSessionBatch } from '../../renderer/db/session-rows.ts';
import { SessionStore } from '../../renderer/features/transcript/session/session-store.ts';
import { codedStudy } from './sample-project.ts';

let db: TelaahDb;
let n = 0;
beforeEach(async () => {
  db = new TelaahDb(`selection-edit-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function open() {
  const project = codedStudy();
  await addProject(db, project);
  const session = project.sessions[0]!;
  const store = new SessionStore(session.id, (batch) => writeSessionBatch(db, batch));
  const rows = await readSessionRows(db, session.id);
  store.load(rows.turns, rows.segments);
  return { session, store };
}

const texts = (store: SessionStore) => store.turns().map((t) => t.text);

describe('replacing a selection', () => {
  it('across three turns: the first keeps its start, the typed text and the last turn\'s end; the middle turn goes', async () => {
    const { session, store } = await open();
    const before = texts(store);
    const ids = [...store.order()];
    const [a, b, c] = [store.get(ids[1]!)!.turn, store.get(ids[2]!)!.turn, store.get(ids[3]!)!.turn];
    // Dragged from the end backwards: the focus comes first.
    expect(store.replaceRange({ turnId: c.id, offset: 5 }, { turnId: a.id, offset: 7 }, 'X')).toBe(true);
    expect(texts(store)).toEqual([before[0], a.text.slice(0, 7) + 'X' + c.text.slice(5), ...before.slice(4)]);
    expect(store.order()).not.toContain(b.id);
    expect(store.order()).not.toContain(c.id);
    expect(store.focus().caret).toEqual({ turnId: a.id, offset: 8 });
    // Segments of the last turn after the selection move into the first turn, on their words.
    const merged = store.get(a.id)!;
    for (const s of merged.segments) expect(merged.turn.text.slice(s.start, s.end)).toBe(s.text);
    // What was coded wholly inside the selection is gone; nothing points at a removed turn.
    expect(store.segments().every((s) => store.order().includes(s.turnId))).toBe(true);

    await store.flush();
    expect((await readSessionRows(db, session.id)).turns.map((t) => t.text)).toEqual(texts(store));
    // One undo gives back all three turns and their segments.
    const segmentsBefore = store.segments().length;
    expect(store.undo()).toBe(true);
    expect(texts(store)).toEqual(before);
    expect(store.segments().length).toBeGreaterThanOrEqual(segmentsBefore);
    await store.flush();
    expect((await readSessionRows(db, session.id)).turns.map((t) => t.text)).toEqual(before);
  });

  it('inside one turn, and deleting (nothing typed) across two turns joins them', async () => {
    const { store } = await open();
    const ids = [...store.order()];
    const t = store.get(ids[0]!)!.turn;
    expect(store.replaceRange({ turnId: t.id, offset: 9 }, { turnId: t.id, offset: 2 }, 'ab')).toBe(true);
    expect(store.get(t.id)!.turn.text).toBe(t.text.slice(0, 2) + 'ab' + t.text.slice(9));
    const next = store.get(ids[1]!)!.turn;
    const now = store.get(t.id)!.turn.text;
    expect(store.replaceRange({ turnId: t.id, offset: now.length - 1 }, { turnId: next.id, offset: 1 }, '')).toBe(true);
    expect(store.get(t.id)!.turn.text).toBe(now.slice(0, -1) + next.text.slice(1));
    expect(store.focus().caret).toEqual({ turnId: t.id, offset: now.length - 1 });
  });

  it('a coded segment cut by the selection keeps its words outside it', async () => {
    const { store } = await open();
    const coded = store.segments().find((s) => s.end - s.start > 20)!;
    const turn = store.get(coded.turnId)!.turn;
    const ids = store.order();
    const next = ids[ids.indexOf(turn.id) + 1]!;
    // From the middle of the segment to the start of the next turn.
    const cut = coded.start + 10;
    store.replaceRange({ turnId: turn.id, offset: cut }, { turnId: next, offset: 0 }, '');
    const kept = store.get(turn.id)!.segments.find((s) => s.id === coded.id)!;
    expect(kept).toMatchObject({ start: coded.start, end: cut, text: coded.text.slice(0, 10) });
  });

  it('a read-only session refuses it and changes nothing', async () => {
    const { store } = await open();
    const before = texts(store);
    store.readOnly = true;
    const ids = store.order();
    expect(store.replaceRange({ turnId: ids[0]!, offset: 0 }, { turnId: ids[2]!, offset: 3 }, 'x')).toBe(false);
    expect(texts(store)).toEqual(before);
  });
});
