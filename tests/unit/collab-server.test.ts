/**
 * The collaboration server, for real, on loopback ports: members open a shared session
 * through the app's own connection, document link and session store; the server checks
 * every document against the member's token, keeps a reader's connection read-only on its
 * side, stores what it is sent, and a restart loses nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startServer } from '../../cli/server/server.ts';

import { writeTurns } from '../../shared/collab/session-doc.ts';
import { serverAddress } from '../../shared/collab/server-address.ts';
import { serverApi, ServerRefused } from '../../shared/collab/server-api.ts';
import { studyWithTranscript } from './sample-project.ts';
import { dataDir, inProcess, openSession, quietLog, removeDir, shareStudy, turnTexts, type, type TeamMember } from './collab-server-team.ts';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function server() {
  const dir = dataDir();
  const running = await inProcess(dir);
  cleanups.push(() => removeDir(dir));
  cleanups.push(() => running.stop());
  return { ...running, dir };
}

function opened(member: TeamMember): TeamMember {
  cleanups.push(() => member.connection.destroy());
  return member;
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof ServerRefused ? error.reason : String(error)));

describe('the collaboration server', () => {
  it('answers its health check and puts a study on it only with the server key, once', async () => {
    const { address, key } = await server();
    expect(await serverApi.health(address)).toMatchObject({ status: 'ok' });
    const project = studyWithTranscript();
    expect(await refusal(serverApi.addStudy(address, 'not-the-key', { id: project.study.id, title: 'x', owner: 'Sari' }))).toBe('bad-server-key');
    const owner = await serverApi.addStudy(address, key, { id: project.study.id, title: project.study.title, owner: 'Sari' });
    expect(owner.member.role).toBe('owner');
    expect(owner.token.length).toBeGreaterThanOrEqual(43); // 256 random bits, base64url
    expect(await refusal(serverApi.addStudy(address, key, { id: project.study.id, title: 'again', owner: 'Joko' }))).toBe('study-exists');
  });

  it('lets the owner invite coders and readers, each with their own token, and only the owner', async () => {
    const { address, key, dir } = await server();
    const project = studyWithTranscript();
    const ownerToken = await shareStudy(address, key, project);
    const coder = await serverApi.invite(address, ownerToken, project.study.id, { name: 'Joko', role: 'coder' });
    const reader = await serverApi.invite(address, ownerToken, project.study.id, { name: 'Pembimbing', role: 'reader' });
    expect(new Set([ownerToken, coder.token, reader.token]).size).toBe(3);
    expect((await serverApi.members(address, ownerToken, project.study.id)).map((m) => [m.name, m.role])).toEqual([['Sari', 'owner'], ['Joko', 'coder'], ['Pembimbing', 'reader']]);
    expect(await refusal(serverApi.invite(address, coder.token, project.study.id, { name: 'X', role: 'owner' }))).toBe('not-owner');
    // Tokens are kept only hashed.
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(`${dir}/telaah-server.sqlite`).includes(Buffer.from(coder.token))).toBe(false);
  });

  it('syncs two people typing in the same turn at 30 ms a key: both texts, character by character, on both and on the server', async () => {
    const { address, key } = await server();
    const project = studyWithTranscript();
    const ownerToken = await shareStudy(address, key, project);
    const coder = await serverApi.invite(address, ownerToken, project.study.id, { name: 'Joko', role: 'coder' });
    const sari = opened(await openSession(address, ownerToken, project, { bring: true }));
    const joko = opened(await openSession(address, coder.token, project));
    await vi.waitFor(() => expect(turnTexts(joko.store)).toEqual(turnTexts(sari.store)), { timeout: 5000 });
    const turnId = sari.store.order()[1]!;
    const original = sari.store.get(turnId)!.turn.text;
    const neighbour = sari.store.order()[2]!;
    await Promise.all([
      type(sari, turnId, 0, 'Baik, terima kasih. '),
      type(joko, turnId, 'end', ' Itu pengalaman kami di desa.'),
      type(joko, neighbour, 'end', ' (tertawa)', 45),
    ]);
    const expected = `Baik, terima kasih. ${original} Itu pengalaman kami di desa.`;
    await vi.waitFor(() => {
      expect(sari.store.get(turnId)!.turn.text).toBe(expected);
      expect(joko.store.get(turnId)!.turn.text).toBe(expected);
      expect(turnTexts(joko.store)).toEqual(turnTexts(sari.store));
    }, { timeout: 5000 });
    const fresh = opened(await openSession(address, coder.token, project));
    expect(turnTexts(fresh.store)).toEqual(turnTexts(sari.store));
  });

  it("refuses a reader's crafted write on the server: nobody sees it and the server does not keep it", async () => {
    const { address, key } = await server();
    const project = studyWithTranscript();
    const ownerToken = await shareStudy(address, key, project);
    const reader = await serverApi.invite(address, ownerToken, project.study.id, { name: 'Pembimbing', role: 'reader' });
    const sari = opened(await openSession(address, ownerToken, project, { bring: true }));
    const watcher = opened(await openSession(address, reader.token, project));
    await vi.waitFor(() => expect(turnTexts(watcher.store)).toEqual(turnTexts(sari.store)), { timeout: 5000 });
    const before = turnTexts(sari.store);
    // A crafted client: the reader's own document changed directly, bypassing the app.
    const turnId = watcher.store.order()[0]!;
    writeTurns(watcher.doc, new Map([[turnId, { ...watcher.store.get(turnId)!, turn: { ...watcher.store.get(turnId)!.turn, text: 'DIUBAH OLEH PEMBACA' } }]]), 'crafted');
    // Sari keeps typing, so the sync has every chance to carry the reader's change along.
    await type(sari, sari.store.order()[1]!, 'end', ' ok');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sari.store.get(turnId)!.turn.text).toBe(before[0]);
    const fresh = opened(await openSession(address, ownerToken, project));
    expect(fresh.store.get(turnId)!.turn.text).toBe(before[0]);
    expect(fresh.store.get(sari.store.order()[1]!)!.turn.text.endsWith(' ok')).toBe(true);
  });

  it('refuses an unknown token, a token of another study, an unknown study and a revoked token, and closes the revoked member out', { timeout: 20_000 }, async () => {
    const { address, key } = await server();
    const project = studyWithTranscript();
    const other = studyWithTranscript();
    const ownerToken = await shareStudy(address, key, project);
    const otherOwner = await shareStudy(address, key, other);
    const coder = await serverApi.invite(address, ownerToken, project.study.id, { name: 'Joko', role: 'coder' });
    expect(opened(await openSession(address, 'tebakan-token', project)).refusals).toEqual(['unknown-token']);
    expect(opened(await openSession(address, otherOwner, project)).refusals).toEqual(['not-a-member']);
    const unknownStudy = { ...project, study: { ...project.study, id: 'studi-tidak-ada' } };
    expect(opened(await openSession(address, ownerToken, unknownStudy)).refusals).toEqual(['unknown-study']);

    const joko = opened(await openSession(address, coder.token, project, { bring: true }));
    expect(joko.refusals).toEqual([]);
    await serverApi.revoke(address, ownerToken, project.study.id, coder.member.id);
    const turnId = joko.store.order()[0]!;
    // Typed after the revocation: never reaches anyone.
    await vi.waitFor(() => expect(joko.refusals).toContain('revoked-token'), { timeout: 5000 });
    joko.store.splice(turnId, 0, 0, 'SETELAH DICABUT ');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sari = opened(await openSession(address, ownerToken, project));
    expect(sari.store.get(turnId)!.turn.text.startsWith('SETELAH DICABUT')).toBe(false);
    expect(opened(await openSession(address, coder.token, project)).refusals).toEqual(['revoked-token']);
  });

  it('keeps every document across a restart (stopped with Ctrl+C or SIGTERM)', async () => {
    const dir = dataDir();
    cleanups.push(() => removeDir(dir));
    const project = studyWithTranscript();
    const first = await inProcess(dir);
    const token = await shareStudy(first.address, first.key, project);
    const sari = await openSession(first.address, token, project, { bring: true });
    await type(sari, sari.store.order()[0]!, 'end', ' Tersimpan.');
    await vi.waitFor(() => expect(sari.connection.allSent).toBe(true), { timeout: 5000 });
    const typed = turnTexts(sari.store);
    sari.connection.destroy();
    await first.stop();
    const second = await inProcess(dir);
    cleanups.push(() => second.stop());
    const back = opened(await openSession(second.address, token, project));
    expect(turnTexts(back.store)).toEqual(typed);
  });
});

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(hasOpenssl)('the collaboration server with its own certificate (--cert, --key)', () => {
  it('answers over https and upgrades to wss, with the certificate it was given', async () => {
    const dir = dataDir();
    cleanups.push(() => removeDir(dir));
    const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const ca = readFileSync(cert);
    const running = await startServer({ dataDir: dir, port: 0, host: '127.0.0.1', tls: { cert: ca, key: readFileSync(key) }, log: quietLog() });
    cleanups.push(() => running.stop());
    const health = await new Promise<string>((resolve, reject) =>
      https.get({ host: '127.0.0.1', port: running.port, path: '/health', ca }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve(body));
      }).on('error', reject),
    );
    expect(JSON.parse(health)).toMatchObject({ status: 'ok' });
    // The documents' WebSocket is reached over the same TLS listener.
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port: running.port, ca }, () =>
        socket.write(['GET / HTTP/1.1', `Host: 127.0.0.1:${running.port}`, 'Upgrade: websocket', 'Connection: Upgrade', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version: 13', '', ''].join('\r\n')),
      );
      socket.once('data', (chunk: Buffer) => (resolve(chunk.toString().split('\r\n')[0]!), socket.destroy()));
      socket.on('error', reject);
    });
    expect(answer).toBe('HTTP/1.1 101 Switching Protocols');
    // Plain http to a TLS server gets no answer it could take for the API's.
    await expect(serverApi.health(serverAddress(`http://127.0.0.1:${running.port}`))).rejects.toBeInstanceOf(ServerRefused);
  });
});

describe('a server address', () => {
  it('reaches another computer over TLS only, this one also over plain http', () => {
    expect(serverAddress('lab.example.ac.id')).toEqual({ http: 'https://lab.example.ac.id', ws: 'wss://lab.example.ac.id' });
    expect(serverAddress('wss://lab.example.ac.id:8443/telaah/')).toEqual({ http: 'https://lab.example.ac.id:8443/telaah', ws: 'wss://lab.example.ac.id:8443/telaah' });
    expect(serverAddress('http://localhost:8750')).toEqual({ http: 'http://localhost:8750', ws: 'ws://localhost:8750' });
    expect(serverAddress('http://127.0.0.1:8750').ws).toBe('ws://127.0.0.1:8750');
    expect(() => serverAddress('http://192.168.1.20:8750')).toThrow(/https/);
    expect(() => serverAddress('ws://lab.example.ac.id')).toThrow(/https/);
    expect(() => serverAddress('ftp://lab')).toThrow(/https/);
    expect(() => serverAddress('https://user:pw@lab')).toThrow(/password/);
  });
});


