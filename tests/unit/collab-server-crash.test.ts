/**
 * Nothing typed is lost when the server dies: SIGKILLed while two people type, then
 * started again, every key either reached its store before or is sent again by the client
 * that kept it. And two server instances joined through a real Redis serve one study:
 * people connected to different instances see each other's typing.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { serverAddress } from '../../shared/collab/server-address.ts';
import { serverApi } from '../../shared/collab/server-api.ts';
import { studyWithTranscript } from './sample-project.ts';
import { dataDir, freePort, inProcess, openSession, removeDir, shareStudy, turnTexts, type, type TeamMember } from './collab-server-team.ts';
import { redisServer, removeTeamServer, startTeamServer } from '../e2e/team-server.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const killed = (child: ChildProcess) => () => void (child.exitCode === null && child.kill('SIGKILL'));
function opened(member: TeamMember): TeamMember {
  cleanups.push(() => member.connection.destroy());
  return member;
}

const hasRedis = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('a server that dies while people type', () => {
  it('loses nothing: SIGKILLed mid-typing and started again, every key of both typists is on the server', { timeout: 60_000 }, async () => {
    let server = await startTeamServer();
    cleanups.push(() => removeTeamServer(server));
    cleanups.push(() => killed(server.child)());
    const address = serverAddress(server.address);
    const project = studyWithTranscript();
    const ownerToken = await shareStudy(address, server.key!, project);
    const coder = await serverApi.invite(address, ownerToken, project.study.id, { name: 'Joko', role: 'coder' });
    const sari = opened(await openSession(address, ownerToken, project, { bring: true }));
    const joko = opened(await openSession(address, coder.token, project));
    await vi.waitFor(() => expect(turnTexts(joko.store)).toEqual(turnTexts(sari.store)), { timeout: 5000 });
    const [first, second] = [sari.store.order()[0]!, sari.store.order()[3]!];
    const sariTypes = ' Kami selalu mendampingi KPM saat pencairan bantuan di e-Warong desa.';
    const jokoTypes = ' TKSK memeriksa usulan data dari desa sebelum dikirim ke kabupaten.';

    const typing = Promise.all([type(sari, first, 'end', sariTypes, 35), type(joko, second, 'end', jokoTypes, 45)]);
    await new Promise((resolve) => setTimeout(resolve, 900));
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 700));
    server = await startTeamServer(server);
    await typing;

    await vi.waitFor(() => {
      expect(sari.connection.allSent && joko.connection.allSent).toBe(true);
      expect(turnTexts(joko.store)).toEqual(turnTexts(sari.store));
    }, { timeout: 20_000, interval: 100 });
    const fresh = opened(await openSession(address, ownerToken, project));
    const onServer = turnTexts(fresh.store);
    expect(onServer).toEqual(turnTexts(sari.store));
    expect(onServer[0]!.endsWith(sariTypes)).toBe(true);
    expect(onServer[3]!.endsWith(jokoTypes)).toBe(true);
  });
});

describe.skipIf(!hasRedis)('two server instances joined through Redis', () => {
  it('serve one study: people on different instances see each other type, and either instance has it all', { timeout: 60_000 }, async () => {
    const redisPort = await freePort();
    const redis = await redisServer(redisPort);
    cleanups.push(killed(redis));
    const dir = dataDir();
    cleanups.push(() => removeDir(dir));
    const url = `redis://127.0.0.1:${redisPort}`;
    const one = await inProcess(dir, { redis: url });
    cleanups.push(() => one.stop());
    const two = await inProcess(dir, { redis: url });
    cleanups.push(() => two.stop());
    const project = studyWithTranscript();
    const ownerToken = await shareStudy(two.address, two.key, project);
    const coder = await serverApi.invite(one.address, ownerToken, project.study.id, { name: 'Joko', role: 'coder' });
    const sari = opened(await openSession(one.address, ownerToken, project, { bring: true }));
    const joko = opened(await openSession(two.address, coder.token, project));
    await vi.waitFor(() => expect(turnTexts(joko.store)).toEqual(turnTexts(sari.store)), { timeout: 10_000 });
    const turnId = sari.store.order()[1]!;
    await Promise.all([type(sari, turnId, 0, 'Ya. ', 40), type(joko, turnId, 'end', ' Setuju.', 30)]);
    await vi.waitFor(() => {
      expect(turnTexts(joko.store)).toEqual(turnTexts(sari.store));
      expect(sari.store.get(turnId)!.turn.text).toMatch(/^Ya\. .* Setuju\.$/s);
    }, { timeout: 10_000 });
    const viaOne = opened(await openSession(one.address, coder.token, project));
    const viaTwo = opened(await openSession(two.address, ownerToken, project));
    expect(turnTexts(viaOne.store)).toEqual(turnTexts(sari.store));
    expect(turnTexts(viaTwo.store)).toEqual(turnTexts(sari.store));
  });
});
