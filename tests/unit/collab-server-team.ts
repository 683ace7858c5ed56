/**
 * Real collaboration servers for the tests, on loopback ports: in this process
 * (`inProcess`), or as the command a lab runs (`asProcess`, `npm run server`), which a test
 * can SIGKILL; and members who open a shared session through the app's own connection,
 * document link and session store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import { vi } from 'vitest';
import { turnsOf } from '../../shared/collab/session-doc.ts';
import { serverAddress, type ServerAddress } from '../../shared/collab/server-address.ts';
import { serverApi } from '../../shared/collab/server-api.ts';
import type { Project } from '../../shared/model.ts';
import { startServer, type RunningServer } from '../../cli/server/server.ts';
import type { Log } from '../../cli/server/log.ts';
import { SessionShare } from '../../renderer/features/collab/session-share.ts';
import { StudyConnection } from '../../renderer/features/collab/study-connection.ts';
import { SessionStore } from '../../renderer/features/transcript/session/session-store.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const quietLog = (lines: string[] = []): Log => {
  const entry = (level: string) => (event: string, fields = {}) => void lines.push(JSON.stringify({ level, event, ...fields }));
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
};

export function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'telaah-server-'));
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A loopback port nobody listens on now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function inProcess(dir: string, options: { port?: number; redis?: string } = {}): Promise<RunningServer & { address: ServerAddress; key: string }> {
  const server = await startServer({ dataDir: dir, port: options.port ?? 0, host: '127.0.0.1', redis: options.redis, log: quietLog() });
  // A new key each start; with two instances on one store the later one's is the key.
  return { ...server, address: serverAddress(`http://127.0.0.1:${server.port}`), key: server.members.newServerKey() };
}

/** The server as `npm run server` runs it, in a process of its own; resolves once it listens, with the server key it printed on its first start. */
export async function asProcess(dir: string, port: number): Promise<{ child: ChildProcess; key: string | null }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'cli/main.ts'), 'serve', '--port', String(port), '--data', dir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let printed = '';
  child.stderr!.on('data', (chunk: Buffer) => void (printed += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('"event":"listening"')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server stopped (${code}) before listening: ${seen}${printed}`)));
  });
  // The key is printed right after the server listens.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { child, key: /Server key[^\n]*\n\s+(\S+)/.exec(printed)?.[1] ?? null };
}

/** A real redis-server from the machine, on a loopback port, keeping nothing on disk. */
export async function redisServer(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server stopped (${code}): ${seen}`)));
  });
  return child;
}

export interface TeamMember {
  doc: Y.Doc;
  store: SessionStore;
  share: SessionShare | null;
  connection: StudyConnection;
  refusals: string[];
}

/**
 * A member opening a shared session: their connection syncs the session's document, and
 * once it has, the store shows it. The first member brings the session's turns (`project`).
 */
export async function openSession(address: ServerAddress, token: string, project: Project, options: { bring?: boolean } = {}): Promise<TeamMember> {
  const session = project.sessions[0]!;
  const doc = new Y.Doc();
  const store = new SessionStore(session.id, async () => {});
  const refusals: string[] = [];
  const connection = new StudyConnection(address, project.study.id, token, { refused: (reason) => void refusals.push(reason) });
  const provider = connection.open(doc, session.id);
  const member: TeamMember = { doc, store, share: null, connection, refusals };
  await vi.waitFor(() => {
    if (refusals.length > 0) return;
    if (!provider.synced) throw new Error('not synced yet');
  }, { timeout: 10_000, interval: 20 });
  if (refusals.length > 0) return member;
  if (options.bring) {
    store.load(
      project.turns.filter((t) => t.sessionId === session.id).map((t) => ({ ...t, rev: 0 })),
      project.segments.filter((s) => s.sessionId === session.id).map((s) => ({ ...s, studyId: project.study.id })),
    );
  }
  member.share = new SessionShare(doc, store, project.study.id);
  return member;
}

/** Puts the study on the server and returns its owner's token. */
export async function shareStudy(address: ServerAddress, key: string, project: Project, owner = 'Sari'): Promise<string> {
  return (await serverApi.addStudy(address, key, { id: project.study.id, title: project.study.title, owner })).token;
}

/**
 * Types `text` into a turn one key every `ms` milliseconds, as a typist does: the first key
 * at `from`, each next one after the last, the caret held after one's own last key
 * wherever others' typing moves the text.
 */
export async function type(member: TeamMember, turnId: string, from: number | 'end', text: string, ms = 30): Promise<void> {
  const ytext = () => turnsOf(member.doc).get(turnId)!.get('text') as Y.Text;
  let caret: Y.RelativePosition | null = null;
  for (const key of text) {
    const now = member.store.get(turnId)!.turn.text;
    const at = caret ? Y.createAbsolutePositionFromRelativePosition(caret, member.doc)!.index : from === 'end' ? now.length : from;
    member.store.splice(turnId, at, 0, key);
    caret = Y.createRelativePositionFromTypeIndex(ytext(), at + key.length, -1);
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

export const turnTexts = (store: SessionStore) => store.turns().map((t) => t.text);
