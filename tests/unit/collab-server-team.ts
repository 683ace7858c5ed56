/**
 * Real collaboration servers for the tests, on loopback ports, in this process
 * (`inProcess`; as the command a lab runs: tests/e2e/team-server.ts); and members who open a shared session through the app's own connection,
 * document link and session store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { vi } from 'vitest';
import { turnsOf } from '../../shared/collab/session-doc.ts';
import { serverAddress, type ServerAddress } from '../../shared/collab/server-address.ts';
import { serverApi } from '../../shared/collab/server-api.ts';
import type { Project } from '../../shared/model.ts';
import { startServer, type RunningServer } from '../../cli/server/server.ts';
import type { Log } from '../../cli/server/log.ts';
export { freePort } from '../e2e/team-server.ts';
import { SessionShare } from '../../renderer/features/collab/session-share.ts';
import { StudyConnection } from '../../renderer/features/collab/study-connection.ts';
import { SessionStore } from '../../renderer/features/transcript/session/session-store.ts';


export const quietLog = (lines: string[] = []): Log => {
  const entry = (level: string) => (event: string, fields = {}) => void lines.push(JSON.stringify({ level, event, ...fields }));
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
};

export function dataDir(): string {
  return mkdtempSync(join(tmpdir(), 'telaah-server-'));
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

export async function inProcess(dir: string, options: { port?: number; redis?: string } = {}): Promise<RunningServer & { address: ServerAddress; key: string }> {
  const server = await startServer({ dataDir: dir, port: options.port ?? 0, host: '127.0.0.1', redis: options.redis, log: quietLog() });
  // A new key each start; with two instances on one store the later one's is the key.
  return { ...server, address: serverAddress(`http://127.0.0.1:${server.port}`), key: server.members.newServerKey() };
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
