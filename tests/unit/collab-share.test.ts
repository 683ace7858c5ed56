/**
 * A study shared by its owner to a real server and joined by a coder from the invitation,
 * each in a database of their own: the coder's study is the owner's, turn by turn and
 * segment by segment, and an invitation that is cut off, revoked or for a study already
 * here is refused with a reason.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BadInvitation, readInvitation, writeInvitation } from '../../shared/collab/invitation.ts';
import { serverApi } from '../../shared/collab/server-api.ts';
import { addProject, applyToProject, loadProject, SharedTranscriptChange, StudyExists } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { joinStudy, shareStudy } from '../../renderer/features/collab/share-study.ts';
import { codedStudy } from './sample-project.ts';
import { dataDir, inProcess, removeDir } from './collab-server-team.ts';

const cleanups: (() => unknown)[] = [];
/** The web build's door to the network: nothing to open. */
const net = { allowServer: async () => undefined };
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let n = 0;
async function database(): Promise<TelaahDb> {
  const db = new TelaahDb(`collab-share-${++n}`);
  await db.open();
  cleanups.push(async () => (db.close(), await db.delete()));
  return db;
}

async function running() {
  const dir = dataDir();
  const server = await inProcess(dir);
  cleanups.push(() => removeDir(dir));
  cleanups.push(() => server.stop());
  return server;
}

const content = (p: Awaited<ReturnType<typeof loadProject>>) => ({
  study: p.study.title,
  sessions: p.sessions.map((s) => s.title).sort(),
  participants: p.participants.map((x) => x.label).sort(),
  turns: p.turns.map((t) => `${t.sessionId}|${t.order}|${t.speakerId}|${t.text}`).sort(),
  segments: p.segments.map((s) => `${s.turnId}|${s.start}-${s.end}|${s.codes.join(',')}|${s.coder}|${s.memo}`).sort(),
  summaries: p.summaries.map((s) => `${s.code}|${s.assistantType}|${s.text}`).sort(),
});

describe('sharing a study and joining it', () => {
  it("gives the coder who joins from the invitation the owner's study, turn by turn and segment by segment", { timeout: 30_000 }, async () => {
    const server = await running();
    const owner = await database();
    const project = codedStudy();
    await addProject(owner, project);
    const steps: string[] = [];
    const share = await shareStudy(owner, net, project.study.id, { server: server.address.http, serverKey: server.key, owner: 'Sari' }, (done, total) => steps.push(`${done}/${total}`));
    expect(share.role).toBe('owner');
    expect(steps.at(-1)).toBe(`${project.sessions.length + 1}/${project.sessions.length + 1}`);
    expect(await owner.shares.get(project.study.id)).toMatchObject({ memberName: 'Sari', role: 'owner' });

    const invited = await serverApi.invite(server.address, share.token, project.study.id, { name: 'Joko', role: 'coder' });
    const invitation = writeInvitation({ server: server.address, studyId: project.study.id, token: invited.token });
    const coder = await database();
    const study = await joinStudy(coder, net, invitation);
    expect(study.id).toBe(project.study.id);
    expect(content(await loadProject(coder, study.id))).toEqual(content(await loadProject(owner, study.id)));
    expect(await coder.shares.get(study.id)).toMatchObject({ memberName: 'Joko', role: 'coder' });
    // Joining twice, or a study that is already on this computer, is refused.
    await expect(joinStudy(coder, net, invitation)).rejects.toBeInstanceOf(StudyExists);
    // A whole-study change that would touch the transcripts outside their documents is refused; others go through.
    await expect(applyToProject(coder, study.id, (p) => ({ ...p, segments: p.segments.slice(1) }))).rejects.toBeInstanceOf(SharedTranscriptChange);
    expect((await loadProject(coder, study.id)).segments.length).toBe(project.segments.length);
    await applyToProject(coder, study.id, (p) => ({ ...p, study: { ...p.study, stopwords: ['yang'] } }));
    expect((await loadProject(coder, study.id)).study.stopwords).toEqual(['yang']);
  });

  it('refuses a revoked invitation with its reason, and a cut-off one before asking any server', async () => {
    const server = await running();
    const owner = await database();
    const project = codedStudy();
    await addProject(owner, project);
    const share = await shareStudy(owner, net, project.study.id, { server: server.address.http, serverKey: server.key, owner: 'Sari' });
    const invited = await serverApi.invite(server.address, share.token, project.study.id, { name: 'Joko', role: 'coder' });
    await serverApi.revoke(server.address, share.token, project.study.id, invited.member.id);
    const invitation = writeInvitation({ server: server.address, studyId: project.study.id, token: invited.token });
    await expect(joinStudy(await database(), net, invitation)).rejects.toMatchObject({ reason: 'revoked-token' });
    expect(() => readInvitation(invitation.slice(0, 40))).toThrow(BadInvitation);
    expect(() => readInvitation('https://example.org')).toThrow(/telaah-undangan/);
    expect(readInvitation(`  ${invitation}\n`)).toMatchObject({ studyId: project.study.id, token: invited.token });
  });
});
