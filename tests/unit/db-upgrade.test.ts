import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TelaahDb } from '../../renderer/db/schema.ts';

describe('upgrading the database', () => {
  it('keeps the turns of a database written by the version-3 schema, finds them by session, and gives old rows the new fields, pseudonyms included', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      studies: 'id, updatedAt',
      sessions: 'id, studyId',
      participants: 'id, studyId',
      turns: 'id, sessionId, [sessionId+order]',
      segments: 'id, studyId, sessionId, turnId',
      summaries: '[studyId+code+assistantType], studyId',
    });
    old.version(2).stores({ media: 'sessionId' });
    old.version(3).stores({ versions: 'id, sessionId, [sessionId+createdAt]' });
    const studyV3 = { id: 'st', title: 'Lama', year: 2024, codebook: { name: 'c', prefix: '4', roles: [{ number: 1, name: { id: 'Broker', en: 'Broker' }, definition: { id: '', en: '' } }], agendas: [{ number: 1, label: { id: 'A', en: 'A' }, definition: { id: '', en: '' } }] }, assistantTypes: [], createdAt: '', updatedAt: '' };
    await old.table('studies').add(studyV3);
    await old.table('sessions').add({ id: 's1', studyId: 'st', title: 'FGD', date: '', place: '', moderator: '', noteTaker: '', createdAt: '' });
    await old.table('summaries').add({ studyId: 'st', code: '4.1.1', assistantType: 'PKH', text: 'Ringkasan' });
    await old.table('participants').bulkAdd([
      { id: 'p1', studyId: 'st', label: 'Pak Dedi', assistantType: null, site: '', affiliation: '' },
      { id: 'p2', studyId: 'st', label: 'Bu Sari', assistantType: null, site: '', affiliation: '' },
      { id: 'p3', studyId: 'other', label: 'Moderator', assistantType: null, site: '', affiliation: '' },
    ]);
    // Statements coded before anyone chose a coder's name.
    await old.table('segments').bulkAdd([
      { id: 'g1', studyId: 'st', sessionId: 's1', turnId: 't1', start: 0, end: 7, text: 'pertama', codes: ['4.1.1'], assistantType: null, coder: '', memo: '', createdAt: '' },
      { id: 'g2', studyId: 'st', sessionId: 's1', turnId: 't2', start: 0, end: 5, text: 'kedua', codes: ['4.1.1'], assistantType: null, coder: 'Ani', memo: '', createdAt: '' },
    ]);
    await old.table('turns').bulkAdd([
      { id: 't2', sessionId: 's1', order: 2, speakerId: null, timestamp: null, text: 'kedua', rev: 0 },
      { id: 't1', sessionId: 's1', order: 1, speakerId: null, timestamp: null, text: 'pertama', rev: 0 },
      { id: 'x1', sessionId: 's2', order: 1, speakerId: null, timestamp: null, text: 'lain', rev: 0 },
    ]);
    old.close();

    const db = new TelaahDb(name);
    await db.open();
    expect(db.verno).toBe(13);
    const study = await db.studies.get('st');
    expect(study?.codebook.roles[0]?.color).toBe('#2563eb');
    expect(study?.codebook.agendas[0]?.color).toBe('#64748b');
    expect(study?.codebook.memos).toEqual([]);
    expect(study?.codebook.sharedRows).toBe(true);
    expect(study).toMatchObject({ attributes: [], stopwords: [] });
    expect(study?.codebook.roles[0]?.rows).toEqual([]);
    expect((await db.sessions.get('s1'))?.memo).toBe('');
    expect(study?.exportNames).toBe('pseudonym');
    // Pseudonyms by label within each study; no real names or consent records yet.
    const people = await db.participants.toArray();
    expect(people.map((p) => [p.label, p.pseudonym]).sort()).toEqual([['Bu Sari', 'P01'], ['Moderator', 'P01'], ['Pak Dedi', 'P02']]);
    expect(people.every((p) => p.realName === '' && p.consent.way === '' && p.consent.date === '')).toBe(true);
    expect(people.map((p) => p.attributes)).toEqual([{}, {}, {}]);
    expect((await db.summaries.toArray())[0]?.exemplars).toEqual([]);
    // Every segment has a coder now: the coder-less one is the study's first coder's (none listed: "Pengode 1").
    expect((await db.segments.toArray()).map((s) => [s.id, s.coder]).sort()).toEqual([['g1', 'Pengode 1'], ['g2', 'Ani']]);
    expect(study?.coders.map((c) => c.name)).toEqual(['Pengode 1']);
    expect((await db.turns.where('sessionId').equals('s1').toArray()).map((t) => t.text).sort()).toEqual(['kedua', 'pertama']);
    expect((await db.turns.where('[sessionId+order]').between(['s1', -Infinity], ['s1', Infinity]).toArray()).map((t) => t.text)).toEqual(['pertama', 'kedua']);
    db.close();
    await Dexie.delete(name);
  });
});
