/**
 * A shared study kept the same on two computers while both have it open, through a real
 * server, each in its own database: the study's own records (settings, participants,
 * sessions) both ways, a session a teammate types in arriving in the database of a
 * computer that does not have it open (so its matrix counts it), and a session removed on
 * one computer gone from the other with its transcript.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSession } from '../../shared/collab/session-doc.ts';
import { serverApi } from '../../shared/collab/server-api.ts';
import { writeInvitation } from '../../shared/collab/invitation.ts';
import { addProject, applyToProject, loadProject } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { readSessionRows, writeSessionBatch } from '../../renderer/db/session-rows.ts';
import { addParticipant, addSession, updateStudy } from '../../renderer/db/studies.ts';
import { deleteSession } from '../../renderer/db/trash.ts';
import { SessionShare } from '../../renderer/features/collab/session-share.ts';
import { joinStudy, shareStudy } from '../../renderer/features/collab/share-study.ts';
import { StudyTeam } from '../../renderer/features/collab/study-team.ts';
import { SessionStore } from '../../renderer/features/transcript/session/session-store.ts';
import { codedStudy } from './sample-project.ts';
import { dataDir, inProcess, removeDir } from './collab-server-team.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const net = { allowServer: async () => undefined };

let n = 0;
async function database(): Promise<TelaahDb> {
  const db = new TelaahDb(`collab-sync-${++n}`);
  await db.open();
  cleanups.push(async () => (db.close(), await db.delete()));
  return db;
}

/** The owner's and a coder's computers, the study shared and joined, both with it open. */
async function twoComputers() {
  const dir = dataDir();
  const server = await inProcess(dir);
  cleanups.push(() => removeDir(dir));
  cleanups.push(() => server.stop());
  const project = codedStudy();
  const owner = await database();
  await addProject(owner, project);
  const share = await shareStudy(owner, net, project.study.id, { server: server.address.http, serverKey: server.key, owner: 'Sari' });
  const invited = await serverApi.invite(server.address, share.token, project.study.id, { name: 'Joko', role: 'coder' });
  const coder = await database();
  await joinStudy(coder, net, writeInvitation({ server: server.address, studyId: project.study.id, token: invited.token }));
  const open = async (db: TelaahDb) => {
    const team = await StudyTeam.open(db, net, (await db.shares.get(project.study.id))!);
    cleanups.push(() => team.close());
    return team;
  };
  return { project, owner, coder, ownerTeam: await open(owner), coderTeam: await open(coder) };
}

const eventually = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 10_000, interval: 50 });

describe('a shared study open on two computers', () => {
  it("brings each side's changes to the study's own records to the other", { timeout: 30_000 }, async () => {
    const { project, owner, coder } = await twoComputers();
    const added = await addParticipant(owner, project.study.id, { label: 'Bu Wati', assistantType: 'PKH', site: 'Garut' });
    await updateStudy(coder, project.study.id, { stopwords: ['yang', 'itu'] });
    await eventually(async () => {
      expect((await coder.participants.get(added.id))?.label).toBe('Bu Wati');
      expect((await owner.studies.get(project.study.id))?.stopwords).toEqual(['yang', 'itu']);
    });
    const session = await addSession(coder, project.study.id, 'FGD Garut');
    await eventually(async () => expect((await owner.sessions.get(session.id))?.title).toBe('FGD Garut'));
  });

  it("puts a teammate's typing and coding into the database of a computer that does not have the session open", { timeout: 30_000 }, async () => {
    const { project, owner, coder, coderTeam } = await twoComputers();
    const sessionId = project.sessions[0]!.id;
    const borrowed = await coderTeam.session(sessionId);
    const store = new SessionStore(sessionId, (batch) => writeSessionBatch(coder, batch));
    const rows = await readSessionRows(coder, sessionId);
    store.load(rows.turns, rows.segments);
    const link = new SessionShare(borrowed.doc, store, project.study.id);
    cleanups.push(() => (link.destroy(), borrowed.release()));
    const turnId = store.order()[1]!;
    store.splice(turnId, 0, 0, 'Joko menambahkan. ');
    store.applyCode(turnId, { studyId: project.study.id, start: 0, end: 16, code: '4.2.1', coder: 'Joko' });
    await eventually(async () => {
      const stored = await readSessionRows(owner, sessionId);
      expect(stored.turns.find((t) => t.id === turnId)?.text.startsWith('Joko menambahkan. ')).toBe(true);
      expect(stored.segments.some((s) => s.turnId === turnId && s.coder === 'Joko' && s.codes.includes('4.2.1') && s.text === 'Joko menambahkan')).toBe(true);
    });
    // The owner's matrix reads the same study as the coder's.
    const counted = (p: Awaited<ReturnType<typeof loadProject>>) => p.segments.map((s) => `${s.id}|${s.start}-${s.end}|${s.codes}`).sort();
    await eventually(async () => expect(counted(await loadProject(owner, project.study.id))).toEqual(counted(await loadProject(coder, project.study.id))));
  });

  it('removes a session removed on one computer from the other, transcript and all', { timeout: 30_000 }, async () => {
    const { project, owner, coder } = await twoComputers();
    const sessionId = project.sessions[0]!.id;
    expect((await readSessionRows(coder, sessionId)).turns.length).toBeGreaterThan(0);
    await deleteSession(owner, sessionId);
    await eventually(async () => {
      expect(await coder.sessions.get(sessionId)).toBeUndefined();
      expect((await readSessionRows(coder, sessionId)).turns).toEqual([]);
    });
  });

  it("carries a whole-study change to the transcripts (an import of codings, a coder's file) into the sessions for the team", { timeout: 30_000 }, async () => {
    const { project, owner, coder, ownerTeam } = await twoComputers();
    const [dropped, recoded] = project.segments;
    await applyToProject(owner, project.study.id, (p) => ({
      ...p,
      segments: p.segments.filter((s) => s.id !== dropped!.id).map((s) => (s.id === recoded!.id ? { ...s, codes: ['4.4.8'] } : s)),
    }));
    await eventually(async () => {
      const segments = (await loadProject(coder, project.study.id)).segments;
      expect(segments.find((s) => s.id === dropped!.id)).toBeUndefined();
      expect(segments.find((s) => s.id === recoded!.id)?.codes).toEqual(['4.4.8']);
    });
    // The owner's own session document holds it too, so opening the session keeps it.
    const borrowed = await ownerTeam.session(recoded!.sessionId);
    const inDocument = readSession(borrowed.doc, recoded!.sessionId).segments;
    borrowed.release();
    expect(inDocument.find((s) => s.id === recoded!.id)?.codes).toEqual(['4.4.8']);
    expect(inDocument.find((s) => s.id === dropped!.id)).toBeUndefined();
    expect((await loadProject(owner, project.study.id)).segments.find((s) => s.id === recoded!.id)?.codes).toEqual(['4.4.8']);
  });
});

