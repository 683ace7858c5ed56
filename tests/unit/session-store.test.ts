import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { addProject, loadProject } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { readSessionRows, writeSessionBatch, type SessionBatch } from '../../renderer/db/session-rows.ts';
import { importedTurns } from '../../renderer/db/transcripts.ts';
import { saveVersion } from '../../renderer/db/versions.ts';
import { SessionStore } from '../../renderer/features/transcript/session/session-store.ts';
import { keyWhileWaiting } from '../../renderer/features/transcript/session/waiting-keys.ts';
import { WRITE_EVERY_MS } from '../../renderer/features/transcript/session/write-behind.ts';
import { TYPING_PAUSE_MS } from '../../renderer/features/transcript/session/history.ts';
import { codedStudy, studyWithTranscript } from './sample-project.ts';
import { addSession } from '../../renderer/db/studies.ts';

let db: TelaahDb;
let n = 0;
beforeEach(async () => {
  db = new TelaahDb(`session-store-${++n}`);
  await db.open();
});
afterEach(async () => {
  vi.useRealTimers();
  db.close();
  await db.delete();
});

/** A study in the database and its first session opened in a store that writes to it. */
async function open(project = studyWithTranscript(), clock = { now: 0 }) {
  await addProject(db, project);
  const session = project.sessions[0]!;
  const store = new SessionStore(session.id, (batch) => writeSessionBatch(db, batch), undefined, () => clock.now);
  const rows = await readSessionRows(db, session.id);
  store.load(rows.turns, rows.segments);
  return { project, session, store, clock };
}

const texts = (store: SessionStore) => store.turns().map((t) => t.text);
async function stored(sessionId: string) {
  const rows = await readSessionRows(db, sessionId);
  return { texts: rows.turns.map((t) => t.text), segments: rows.segments };
}

describe('a session open in the transcript editor', () => {
  it('splits at the caret and joins back, moving coded segments with their words, and the database follows', async () => {
    const { project, session, store } = await open(codedStudy());
    const sari = store.turns().find((t) => t.text.startsWith('Kalau PKH'))!;
    const cut = sari.text.indexOf('Saat pencairan');
    const coded = store.get(sari.id)!.segments.filter((s) => s.start >= cut);
    expect(coded.length).toBeGreaterThan(0);

    expect(store.split(sari.id, cut)).toBe(true);
    const created = store.focus().caret!.turnId;
    const order = store.order();
    expect(order[order.indexOf(sari.id) + 1]).toBe(created);
    expect(store.get(sari.id)!.turn.text).toBe(sari.text.slice(0, cut));
    expect(store.get(created)!.turn).toMatchObject({ text: sari.text.slice(cut), speakerId: sari.speakerId });
    for (const s of coded) expect(store.turnOfSegment(s.id)!.segments.find((x) => x.id === s.id)).toMatchObject({ turnId: created, start: s.start - cut, text: s.text });

    await store.flush();
    expect((await stored(session.id)).texts).toHaveLength(project.turns.length + 1);

    expect(store.joinWithPrevious(created)).toBe(true);
    expect(store.focus().caret).toEqual({ turnId: sari.id, offset: cut });
    await store.flush();
    const after = await stored(session.id);
    expect(after.texts).toEqual(project.turns.map((t) => t.text));
    expect(after.segments.map((s) => [s.id, s.turnId, s.start, s.end, s.text]).sort()).toEqual(project.segments.map((s) => [s.id, s.turnId, s.start, s.end, s.text]).sort());
  });

  it('splits a draft’s timed words with its text (the new turn starting at its first word’s time), joins them back, and stores them', async () => {
    const project = studyWithTranscript();
    const turn = project.turns[0]!;
    turn.text = 'Dana PKH cair. Di desa kami.';
    turn.unchecked = true;
    turn.words = turn.text.split(' ').map((w, i) => ({ text: w, start: 5 + i * 0.5, end: 5.4 + i * 0.5, p: 0.9 }));
    const { session, store } = await open(project);
    // Corrected first ("cair" → "sudah cair"), then split before "Di".
    store.typed(turn.id, store.get(turn.id)!.turn.rev, 'Dana PKH sudah cair. Di desa kami.', []);
    expect(store.split(turn.id, 'Dana PKH sudah cair. '.length)).toBe(true);
    const created = store.focus().caret!.turnId;
    expect(store.get(turn.id)!.turn.words!.map((w) => w.text)).toEqual(['Dana', 'PKH', 'cair.']);
    expect(store.get(created)!.turn).toMatchObject({ text: 'Di desa kami.', timestamp: 6.5 });
    expect(store.get(created)!.turn.words!.map((w) => w.text)).toEqual(['Di', 'desa', 'kami.']);
    await store.flush();
    const rows = await readSessionRows(db, session.id);
    expect(rows.turns.find((t) => t.id === created)!.words).toHaveLength(3);
    expect(store.joinWithPrevious(created)).toBe(true);
    expect(store.get(turn.id)!.turn.words!.map((w) => w.text)).toEqual(['Dana', 'PKH', 'cair.', 'Di', 'desa', 'kami.']);
  });

  it('moves another coder’s hidden segment (blind mode) with its words while the shown ones follow the editor', async () => {
    const { project, store } = await open();
    const sari = store.turns().find((t) => t.text.startsWith('Kalau PKH'))!;
    const coding = { studyId: project.study.id, start: 0, end: 9 };
    const mine = store.applyCode(sari.id, { ...coding, code: '4.1.1', coder: 'Ani' })!;
    const theirs = store.applyCode(sari.id, { ...coding, code: '4.1.2', coder: 'Budi' })!;
    expect(theirs).not.toBe(mine);
    store.isShown = (s) => s.coder === 'Ani';
    const rev = store.get(sari.id)!.turn.rev;
    store.typed(sari.id, rev, `Ya. ${sari.text}`, [{ id: mine, start: 4, end: 13 }]);
    const segments = store.get(sari.id)!.segments;
    expect(segments.find((s) => s.id === theirs)).toMatchObject({ start: 4, end: 13, text: 'Kalau PKH', coder: 'Budi' });
    // A shown segment whose marks are gone lost its words with them.
    store.typed(sari.id, rev, sari.text.slice(9), []);
    expect(store.get(sari.id)!.segments.map((s) => s.id)).toEqual([]);
  });

  it('keeps turns in order however often a turn is split in the same place (orders renumbered when the fractions run out)', async () => {
    const { store } = await open();
    const first = store.turns()[0]!;
    const expected = [first.text.slice(0, 1)];
    for (let i = 0; i < 80; i++) {
      store.split(first.id, 1);
      store.typed(first.id, store.get(first.id)!.turn.rev, `${first.text.slice(0, 1)}`, []);
    }
    const turns = store.turns();
    const orders = turns.map((t) => t.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    expect(turns[0]!.text).toBe(expected[0]);
    expect(turns.at(-1)!.text).toBe(studyWithTranscript().turns.at(-1)!.text);
  });

  it('ignores what an editor reports about a turn that changed since it loaded it', async () => {
    const { project, store } = await open();
    const turn = store.turns()[2]!;
    store.applyCode(turn.id, { studyId: project.study.id, start: 0, end: 5, code: '4.1.1', coder: '' });
    store.typed(turn.id, turn.rev, 'stale text', []);
    expect(store.get(turn.id)!.turn.text).toBe(turn.text);
  });

  it('codes a span, adds a code to the same span, sets its type and memo, and removes it with its last code', async () => {
    const { project, session, store } = await open();
    const turn = store.turns()[5]!;
    const coding = { studyId: project.study.id, start: 0, end: 10, coder: 'Ani' };
    const first = store.applyCode(turn.id, { ...coding, code: '4.3.7' })!;
    expect(store.applyCode(turn.id, { ...coding, code: '4.4.7' })).toBe(first);
    store.setSegmentType(first, 'TKSK');
    store.setSegmentMemo(first, 'Catatan.');
    store.removeCode(first, '4.3.7');
    await store.flush();
    expect((await db.segments.get(first))).toMatchObject({ codes: ['4.4.7'], assistantType: 'TKSK', memo: 'Catatan.', text: turn.text.slice(0, 10), sessionId: session.id });
    expect(store.setSegmentSpan(first, 0, turn.text.length + 5)).toBe(false);
    store.removeCode(first, '4.4.7');
    await store.flush();
    expect(await db.segments.get(first)).toBeUndefined();
  });

  it('replaces text everywhere, keeping coded segments on their words', async () => {
    const { store } = await open(codedStudy());
    const before = store.segments();
    const count = store.replaceAll('e-Warong', 'warung elektronik', false);
    expect(count).toBeGreaterThan(0);
    expect(texts(store).join(' ')).not.toMatch(/e-Warong/i);
    for (const s of before) {
      const now = store.turnOfSegment(s.id)!.segments.find((x) => x.id === s.id)!;
      expect(now.text).toBe(s.text.replace(/e-Warong/gi, 'warung elektronik'));
    }
  });
});

describe('keys pressed while the caret waits for an editor', () => {
  it('go into the new turn after Enter, in order, and Backspace at its start joins it back', async () => {
    const { store } = await open();
    const first = store.turns()[0]!;
    store.activate(first.id, 'end');
    for (const key of [...' Ya.', 'Enter', ...'Baik, saya mulai.', 'Enter', 'Enter', 'Backspace', ...'Ok']) keyWhileWaiting(store, key);
    const order = store.order();
    const index = order.indexOf(first.id);
    expect(store.get(order[index]!)!.turn.text).toBe(`${first.text} Ya.`);
    expect(store.get(order[index + 1]!)!.turn.text).toBe('Baik, saya mulai.');
    expect(store.get(order[index + 2]!)!.turn.text).toBe('Ok');
    expect(store.focus().caret).toEqual({ turnId: order[index + 2], offset: 2 });
    expect(store.turns()).toHaveLength(studyWithTranscript().turns.length + 2);
  });

  it('move the caret with the arrows and delete with Backspace and Delete, shifting segments', async () => {
    const { project, store } = await open();
    const turn = store.turns()[1]!;
    const segmentId = store.applyCode(turn.id, { studyId: project.study.id, start: 5, end: 9, code: '4.1.1', coder: '' })!;
    store.activate(turn.id, 'start');
    for (const key of ['ArrowRight', 'ArrowRight', 'Delete', 'Backspace', ...'xyz', 'Home', 'ArrowUp']) keyWhileWaiting(store, key);
    const text = store.get(turn.id)!.turn.text;
    // "Saya" loses its "y" (Delete) and the "a" before it (Backspace); "xyz" goes where the caret is.
    expect(text).toBe(`S xyz${turn.text.slice(3)}`.replace(' ', ''));
    expect(store.get(turn.id)!.segments[0]).toMatchObject({ id: segmentId, start: 6, end: 10, text: turn.text.slice(5, 9) });
    expect(store.focus().caret?.turnId).toBe(store.turns()[0]!.id);
    expect(keyWhileWaiting(store, 'Tab')).toBe(false);
  });

  it('are left alone once the editor took the caret', async () => {
    const { store } = await open();
    const turn = store.turns()[0]!;
    store.activate(turn.id, 3);
    expect(store.takeCaret(turn.id)).toBe(3);
    expect(keyWhileWaiting(store, 'a')).toBe(false);
    expect(store.get(turn.id)!.turn.text).toBe(turn.text);
  });
});

describe('one history for the session', () => {
  it('coalesces typing in one turn until a pause, and undoes it step by step', async () => {
    const { store, clock } = await open();
    const turn = store.turns()[0]!;
    const type = (text: string) => store.typed(turn.id, store.get(turn.id)!.turn.rev, text, []);
    type(`${turn.text} A`);
    clock.now += 200;
    type(`${turn.text} AB`);
    clock.now += TYPING_PAUSE_MS + 1;
    type(`${turn.text} AB C`);
    expect(store.undo()).toBe(true);
    expect(store.get(turn.id)!.turn.text).toBe(`${turn.text} AB`);
    expect(store.focus().caret).toEqual({ turnId: turn.id, offset: turn.text.length + 3 });
    expect(store.undo()).toBe(true);
    expect(store.get(turn.id)!.turn.text).toBe(turn.text);
    expect(store.redo()).toBe(true);
    expect(store.get(turn.id)!.turn.text).toBe(`${turn.text} AB`);
  });

  it('undoes an import as one step: the old transcript comes back whole, never mixed with the new', async () => {
    const { project, session, store } = await open();
    const sari = store.turns().find((t) => t.text.startsWith('Kalau PKH'))!;
    store.split(sari.id, 20);
    const split = texts(store);
    const turns = parseTranscriptTxt('Moderator: Mulai.\n\nBu Wati: Saya dari desa sebelah.', 'baru.txt');
    store.replaceSession(await importedTurns(db, session.id, turns, 'baru.txt', store.segments()), []);
    expect(texts(store)).toEqual(['Mulai.', 'Saya dari desa sebelah.']);

    store.undo();
    expect(texts(store)).toEqual(split);
    store.undo();
    expect(texts(store)).toEqual(project.turns.map((t) => t.text));
    store.redo();
    store.redo();
    expect(texts(store)).toEqual(['Mulai.', 'Saya dari desa sebelah.']);
    await store.flush();
    expect((await stored(session.id)).texts).toEqual(['Mulai.', 'Saya dari desa sebelah.']);
    expect((await loadProject(db, project.study.id)).participants.map((p) => p.label)).toContain('Bu Wati');
  });

  it('refuses to import into a coded session before anything changes', async () => {
    const { project, session, store } = await open(codedStudy());
    const turns = parseTranscriptTxt('Moderator: Mulai.', 'baru.txt');
    await expect(importedTurns(db, session.id, turns, 'baru.txt', store.segments())).rejects.toThrow('baru.txt: session "FGD Sukamaju" already has coded segments');
    expect(store.history.canUndo).toBe(false);
    expect((await loadProject(db, project.study.id)).participants).toHaveLength(project.participants.length);
    const fresh = await addSession(db, project.study.id, 'FGD 2');
    expect(await importedTurns(db, fresh.id, turns, 'baru.txt', [])).toHaveLength(1);
  });

  it('undoes a version restored, and the replaced transcript is kept as a version', async () => {
    const { session, store } = await open(codedStudy());
    const original = texts(store);
    await store.flush();
    const version = await saveVersion(db, session.id, 'manual');
    const first = store.turns()[0]!;
    store.typed(first.id, first.rev, 'Teks yang salah.', []);
    await store.flush();
    await saveVersion(db, session.id, 'before-restore');
    store.replaceSession(version.turns, version.segments);
    expect(texts(store)).toEqual(original);
    expect(store.segments()).toHaveLength(version.segments.length);
    store.undo();
    expect(texts(store)[0]).toBe('Teks yang salah.');
    const kept = await db.versions.where('sessionId').equals(session.id).toArray();
    expect(kept.find((v) => v.reason === 'before-restore')?.turns[0]?.text).toBe('Teks yang salah.');
  });
});

describe('writing behind', () => {
  it('writes while the typist keeps typing (a throttle, not a pause), at most WRITE_EVERY_MS after a change', async () => {
    vi.useFakeTimers();
    const batches: { at: number; batch: SessionBatch }[] = [];
    const store = new SessionStore('s', async (batch) => void batches.push({ at: Date.now(), batch }));
    store.load([{ id: 't', sessionId: 's', order: 1, speakerId: null, timestamp: null, text: '', rev: 0 }], []);
    const start = Date.now();
    let text = '';
    for (let i = 0; i < 50; i++) {
      text += 'a';
      store.typed('t', 0, text, []);
      await vi.advanceTimersByTimeAsync(10);
    }
    expect(batches.length).toBeGreaterThanOrEqual(Math.floor(500 / WRITE_EVERY_MS) - 1);
    expect(batches[0]!.at - start).toBeLessThanOrEqual(WRITE_EVERY_MS);
    await vi.advanceTimersByTimeAsync(WRITE_EVERY_MS);
    expect(batches.at(-1)!.batch.turns[0]!.text).toBe(text);
  });

  it('keeps what a failed write held and writes it again', async () => {
    vi.useFakeTimers();
    const written: SessionBatch[] = [];
    let fail = true;
    const store = new SessionStore('s', async (batch) => {
      if (fail) throw new Error('QuotaExceededError');
      written.push(batch);
    });
    store.load([{ id: 't', sessionId: 's', order: 1, speakerId: null, timestamp: null, text: '', rev: 0 }], []);
    store.typed('t', 0, 'penting', []);
    await vi.advanceTimersByTimeAsync(WRITE_EVERY_MS + 1);
    expect(written).toHaveLength(0);
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(written.at(-1)?.turns[0]?.text).toBe('penting');
  });

  it('leaves the same rows when a batch is written twice', async () => {
    const { session, store } = await open(codedStudy());
    const batches: SessionBatch[] = [];
    const recording = new SessionStore(session.id, async (batch) => void batches.push(batch));
    const rows = await readSessionRows(db, session.id);
    recording.load(rows.turns, rows.segments);
    const sari = recording.turns().find((t) => t.text.startsWith('Kalau PKH'))!;
    recording.split(sari.id, 20);
    await recording.flush();
    for (const batch of [...batches, ...batches]) await writeSessionBatch(db, batch);
    const after = await stored(session.id);
    expect(after.texts).toEqual(texts(recording));
    expect(after.segments).toHaveLength(recording.segments().length);
    expect(store).toBeDefined();
  });

  it('hands a closing page every row not confirmed stored: waiting ones and those of writes still in flight', async () => {
    const store = new SessionStore('s', () => new Promise<void>(() => {}));
    store.load(
      ['a', 'b'].map((id, i) => ({ id, sessionId: 's', order: i + 1, speakerId: null, timestamp: null, text: '', rev: 0 })),
      [],
    );
    store.typed('a', 0, 'sedang ditulis', []);
    void store.flush(); // in flight, never confirmed
    store.typed('b', 0, 'belum ditulis', []);
    const now: SessionBatch[] = [];
    store.flushNow((batch) => now.push(batch));
    expect(now).toHaveLength(1);
    expect(now[0]!.turns.map((t) => [t.id, t.text]).sort()).toEqual([
      ['a', 'sedang ditulis'],
      ['b', 'belum ditulis'],
    ]);
    store.flushNow((batch) => now.push(batch));
    expect(now).toHaveLength(2); // still unconfirmed: written again, harmlessly
  });

  it('changes nothing when read-only', async () => {
    const { store } = await open();
    store.readOnly = true;
    const turn = store.turns()[0]!;
    expect(store.split(turn.id, 3)).toBe(false);
    store.typed(turn.id, turn.rev, 'x', []);
    expect(store.addTurn(null, null, null)).toBeNull();
    expect(texts(store)[0]).toBe(turn.text);
  });
});

describe('an automatic transcript waiting to be read', () => {
  /** The sample FGD with every turn marked unchecked, as a speech recogniser's draft is. */
  function draft() {
    const p = studyWithTranscript();
    return { ...p, turns: p.turns.map((t) => ({ ...t, unchecked: true as const })) };
  }

  it('lists the unchecked turns in order; typing in one, or confirming it, checks it, and undo brings the mark back', async () => {
    const { session, store } = await open(draft());
    const all = store.order();
    expect(store.unchecked()).toEqual(all);
    const [first, second, third] = store.turns();
    store.typed(first!.id, first!.rev, `${first!.text} Ya.`, []);
    expect(store.unchecked()).toEqual(all.slice(1));
    store.confirm(second!.id);
    expect(store.unchecked()).toEqual(all.slice(2));
    expect(store.get(second!.id)!.turn.text).toBe(second!.text);
    // Moving the caret through a turn, or an editor reporting the same text, checks nothing.
    store.typed(third!.id, third!.rev, third!.text, []);
    expect(store.unchecked()[0]).toBe(third!.id);
    await store.flush();
    const rows = await readSessionRows(db, session.id);
    expect(rows.turns.filter((t) => t.unchecked).map((t) => t.id)).toEqual(all.slice(2));
    store.undo();
    expect(store.unchecked()).toEqual(all.slice(1));
    await store.flush();
    expect((await readSessionRows(db, session.id)).turns.filter((t) => t.unchecked)).toHaveLength(all.length - 1);
  });

  it('a turn split in its middle is edited: both halves are checked; Enter at its end leaves it unchecked', async () => {
    const { store } = await open(draft());
    const [first, second] = store.turns();
    store.split(first!.id, Math.floor(first!.text.length / 2));
    const created = store.focus().caret!.turnId;
    expect(store.get(first!.id)!.turn.unchecked).toBeUndefined();
    expect(store.get(created)!.turn.unchecked).toBeUndefined();
    store.split(second!.id, second!.text.length);
    expect(store.get(second!.id)!.turn.unchecked).toBe(true);
    expect(store.get(store.focus().caret!.turnId)!.turn.unchecked).toBeUndefined();
  });
});

