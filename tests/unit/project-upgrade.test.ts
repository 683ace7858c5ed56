import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PROJECT_STEPS, PROJECT_VERSION, stepsAfter, upgradeProjectJson, type RawRecord } from '../../shared/formats/project-upgrade.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';

/** A study, its session, summary and participants as version 1 stored them. */
function versionOne() {
  return {
    study: { id: 'st', title: 'Lama', year: 2019, codebook: { name: 'c', prefix: '4', roles: [{ number: 1, name: { id: 'Broker', en: 'Broker' }, definition: { id: '', en: '' } }, { number: 2, name: { id: 'Mediator', en: 'Mediator' }, definition: { id: '', en: '' } }], agendas: [{ number: 1, label: { id: 'A', en: 'A' }, definition: { id: '', en: '' } }] }, assistantTypes: [], createdAt: '', updatedAt: '' } as RawRecord,
    session: { id: 's1', studyId: 'st', title: 'FGD', date: '', place: '', moderator: '', noteTaker: '', createdAt: '' } as RawRecord,
    summary: { studyId: 'st', code: '4.1.1', assistantType: 'PKH', text: 'Ringkasan' } as RawRecord,
    participants: [
      { id: 'p1', studyId: 'st', label: 'Pak Dedi', assistantType: null, site: '', affiliation: '' },
      { id: 'p2', studyId: 'st', label: 'Bu Sari', assistantType: null, site: '', affiliation: '' },
      { id: 'p3', studyId: 'st', label: 'Moderator', assistantType: null, site: '', affiliation: '', pseudonym: 'P01' },
    ] as RawRecord[],
  };
}

describe('upgrading a stored study', () => {
  it('has one step per version after the first, in order, the last being the version Telaah writes', () => {
    expect(PROJECT_STEPS.map((s) => s.version)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(PROJECT_VERSION).toBe(10);
    expect(stepsAfter(1).map((s) => s.version)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stepsAfter(6).map((s) => s.version)).toEqual([7, 8, 9, 10]);
    expect(stepsAfter(10)).toEqual([]);
  });

  it('gives every coder-less segment of an older study to its first coder, else to "Pengode 1", who joins its coders', () => {
    const named = { study: { coders: [{ name: 'Ani', color: '#112233' }] }, segments: [{ coder: '' }, { coder: 'Budi' }, {}] as RawRecord[] };
    upgradeProjectJson(named, 9);
    expect(named.segments.map((s) => s.coder)).toEqual(['Ani', 'Budi', 'Ani']);
    expect(named.study.coders).toEqual([{ name: 'Ani', color: '#112233' }]);
    const nobody: { study: RawRecord; segments: RawRecord[] } = { study: { coders: [] }, segments: [{ coder: '' }] };
    upgradeProjectJson(nobody, 9);
    expect(nobody.segments[0]!.coder).toBe('Pengode 1');
    expect((nobody.study.coders as { name: string }[]).map((c) => c.name)).toEqual(['Pengode 1']);
  });

  it('keeps what a record has and gives pseudonyms after those in use, in label order', () => {
    const old = versionOne();
    upgradeProjectJson({ study: old.study, sessions: [old.session], summaries: [old.summary], participants: old.participants }, 1);
    expect(old.participants.map((p) => [p.label, p.pseudonym])).toEqual([['Pak Dedi', 'P03'], ['Bu Sari', 'P02'], ['Moderator', 'P01']]);
    expect(old.session.memo).toBe('');
    expect(old.summary.exemplars).toEqual([]);
    expect(old.study.exportNames).toBe('pseudonym');
  });

  it('makes every older codebook a matrix whose roles share the agendas', () => {
    const old = versionOne();
    upgradeProjectJson({ study: old.study }, 4);
    const codebook = old.study.codebook as RawRecord & { roles: RawRecord[] };
    expect(codebook.sharedRows).toBe(true);
    expect(codebook.roles.map((r) => r.rows)).toEqual([[], []]);
  });

  it('gives a project file and the database of the same age the same records', async () => {
    const name = `same-steps-${Math.random()}`;
    const old = new Dexie(name);
    old.version(4).stores({ studies: 'id, updatedAt', sessions: 'id, studyId', participants: 'id, studyId', turns: 'id, [sessionId+order]', segments: 'id, studyId, sessionId, turnId', summaries: '[studyId+code+assistantType], studyId', media: 'sessionId', versions: 'id, sessionId, [sessionId+createdAt]' });
    const stored = versionOne();
    await old.table('studies').add(stored.study);
    await old.table('sessions').add(stored.session);
    await old.table('summaries').add(stored.summary);
    await old.table('participants').bulkAdd(stored.participants);
    old.close();
    const db = new TelaahDb(name);
    await db.open();

    const file = versionOne();
    upgradeProjectJson({ study: file.study, sessions: [file.session], summaries: [file.summary], participants: file.participants }, 1);
    expect(await db.studies.get('st')).toEqual(file.study);
    expect(await db.sessions.get('s1')).toEqual(file.session);
    expect((await db.summaries.toArray())[0]).toEqual(file.summary);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await db.participants.toArray()).sort(byId)).toEqual([...file.participants].sort((a, b) => byId(a as { id: string }, b as { id: string })));
    db.close();
    await Dexie.delete(name);
  });
});
