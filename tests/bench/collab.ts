/**
 * Working together, measured: the collaboration server run as `npm run server` runs it (its
 * own process, SQLite in a fresh folder), and clients built from the app's own connection,
 * document link and session store, in this process.
 *
 * - 20 clients in 10 sessions (two per session), each typing into its own turn at 100 ms a
 *   key for 30 s; each key's time from the typist's store to the partner's store: p95 and
 *   median, through one server, and through two instances joined by a real redis-server
 *   (the typist on one, the partner on the other).
 * - The server's CPU per 1,000 updates (from /proc) and its memory per open document (RSS
 *   after the 41 documents of a 40-FGD study are open, beyond the empty server's).
 * - A new client's first sync of that 40-FGD study (9,800 turns, 20,000 segments): joining
 *   from an invitation until the study is in its database (IndexedDB from fake-indexeddb,
 *   as in the unit tests: the browser's own is measured by the app's open benchmarks).
 */
import 'fake-indexeddb/auto';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { writeInvitation } from '../../shared/collab/invitation.ts';
import { serverAddress, type ServerAddress } from '../../shared/collab/server-address.ts';
import { serverApi } from '../../shared/collab/server-api.ts';
import type { Project } from '../../shared/model.ts';
import { addProject } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { SessionShare } from '../../renderer/features/collab/session-share.ts';
import { joinStudy, shareStudy } from '../../renderer/features/collab/share-study.ts';
import { StudyConnection } from '../../renderer/features/collab/study-connection.ts';
import { SessionStore } from '../../renderer/features/transcript/session/session-store.ts';
import { freePort, redisServer, removeTeamServer, startTeamServer, stopTeamServer, type TeamServer } from '../e2e/team-server.ts';
import { evaluationStudy } from './evaluation-study.ts';

export interface CollabFigures {
  keyToPartnerP95Ms: number;
  keyToPartnerMedianMs: number;
  keyToPartnerViaRedisP95Ms: number | null;
  keyToPartnerViaRedisMedianMs: number | null;
  serverCpuMsPer1000Updates: number;
  serverMbPerDocument: number;
  firstSyncOf40FgdsMs: number;
  updates: number;
}

const net = { allowServer: async () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** CPU time (user + system) and resident memory of a process, from /proc. */
function usage(pid: number): { cpuMs: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rssPages = Number(stat[21]);
  return { cpuMs: (ticks * 1000) / 100, rssMb: (rssPages * 4096) / 1024 / 1024 };
}

/** The server's child process id (the npm-less spawn of team-server.ts runs node directly). */
const pidOf = (server: TeamServer) => server.child.pid!;

async function sharedStudy(address: ServerAddress, key: string, project: Project): Promise<{ ownerToken: string; coderToken: string }> {
  const db = new TelaahDb(`bench-owner-${project.study.id}`);
  await db.open();
  await addProject(db, project);
  const share = await shareStudy(db, net, project.study.id, { server: address.http, serverKey: key, owner: 'Sari' });
  db.close();
  const coder = await serverApi.invite(address, share.token, project.study.id, { name: 'Joko', role: 'coder' });
  return { ownerToken: share.token, coderToken: coder.token };
}

interface Client {
  store: SessionStore;
  connection: StudyConnection;
  link: SessionShare;
}

async function client(address: ServerAddress, project: Project, sessionId: string, token: string): Promise<Client> {
  const doc = new Y.Doc();
  const connection = new StudyConnection(address, project.study.id, token);
  await connection.ready(doc, sessionId);
  const store = new SessionStore(sessionId, async () => {});
  return { store, connection, link: new SessionShare(doc, store, project.study.id) };
}

function closeAll(pairs: [Client, Client][]): void {
  for (const client of pairs.flat()) {
    client.link.destroy();
    client.connection.destroy();
  }
}

/** Pairs type for `seconds` at one key per 100 ms, each watching the other's turn; returns each key's delay to the partner. */
async function typePairs(pairs: [Client, Client][], seconds: number): Promise<number[]> {
  const delays: number[] = [];
  const typing = pairs.flatMap(([a, b], i) =>
    [
      [a, b],
      [b, a],
    ].map(async ([typist, partner], side) => {
      const turnId = typist!.store.order()[side]!;
      const start = typist!.store.get(turnId)!.turn.text.length;
      const sentAt: number[] = [];
      let seen = 0;
      const unsubscribe = partner!.store.subscribe(() => {
        const length = (partner!.store.get(turnId)?.turn.text.length ?? start) - start;
        for (; seen < length && seen < sentAt.length; seen++) delays.push(performance.now() - sentAt[seen]!);
      });
      await sleep(i * 7);
      for (let key = 0; key < seconds * 10; key++) {
        sentAt.push(performance.now());
        typist!.store.splice(turnId, typist!.store.get(turnId)!.turn.text.length, 0, 'abcdefghij'[key % 10]!);
        await sleep(100);
      }
      await sleep(1000);
      unsubscribe();
    }),
  );
  await Promise.all(typing);
  return delays;
}

export async function collabBench(seconds = 30): Promise<CollabFigures> {
  const project = evaluationStudy(10);
  const large = evaluationStudy(40, 13);
  const server = await startTeamServer();
  try {
    const address = serverAddress(server.address);
    const { ownerToken, coderToken } = await sharedStudy(address, server.key, project);
    const pairs: [Client, Client][] = [];
    for (const session of project.sessions) pairs.push([await client(address, project, session.id, ownerToken), await client(address, project, session.id, coderToken)]);
    const before = usage(pidOf(server));
    const delays = await typePairs(pairs, seconds);
    const after = usage(pidOf(server));
    const updates = delays.length;
    closeAll(pairs);

    // Memory per open document and the first sync of a 40-FGD study by a new client.
    await sleep(3000);
    const idle = usage(pidOf(server));
    const { coderToken: largeCoder } = await sharedStudy(address, server.key, large);
    const joiner = new TelaahDb('bench-joiner');
    await joiner.open();
    const started = performance.now();
    await joinStudy(joiner, net, writeInvitation({ server: address, studyId: large.study.id, token: largeCoder }));
    const firstSync = performance.now() - started;
    // The joiner's documents are closed again; the sharer's too: open them all on one connection to weigh them.
    const holder = new StudyConnection(address, large.study.id, largeCoder);
    await holder.ready(new Y.Doc());
    for (const s of large.sessions) await holder.ready(new Y.Doc(), s.id);
    const loaded = usage(pidOf(server));
    holder.destroy();
    joiner.close();

    const redis = await viaRedis(project, seconds);
    return {
      keyToPartnerP95Ms: percentile(delays, 0.95),
      keyToPartnerMedianMs: percentile(delays, 0.5),
      keyToPartnerViaRedisP95Ms: redis && percentile(redis, 0.95),
      keyToPartnerViaRedisMedianMs: redis && percentile(redis, 0.5),
      serverCpuMsPer1000Updates: ((after.cpuMs - before.cpuMs) / updates) * 1000,
      serverMbPerDocument: (loaded.rssMb - idle.rssMb) / (large.sessions.length + 1),
      firstSyncOf40FgdsMs: firstSync,
      updates,
    };
  } finally {
    await stopTeamServer(server);
    removeTeamServer(server);
  }
}

/** The same typing with each typist on one instance and the partner on another, joined through redis-server; null without redis-server. */
async function viaRedis(project: Project, seconds: number): Promise<number[] | null> {
  let redis: ChildProcess;
  const port = await freePort();
  try {
    redis = await redisServer(port);
  } catch {
    return null;
  }
  const one = await startTeamServer(undefined, ['--redis', `redis://127.0.0.1:${port}`]);
  const two = await startTeamServer({ ...one, port: 0 }, ['--redis', `redis://127.0.0.1:${port}`]);
  try {
    const [a, b] = [serverAddress(one.address), serverAddress(two.address)];
    const { ownerToken, coderToken } = await sharedStudy(a, one.key, { ...project, study: { ...project.study, id: `${project.study.id.slice(0, 30)}-redis` } });
    const studied = { ...project, study: { ...project.study, id: `${project.study.id.slice(0, 30)}-redis` } };
    const pairs: [Client, Client][] = [];
    for (const session of studied.sessions) pairs.push([await client(a, studied, session.id, ownerToken), await client(b, studied, session.id, coderToken)]);
    const delays = await typePairs(pairs, seconds);
    closeAll(pairs);
    return delays;
  } finally {
    await stopTeamServer(two);
    await stopTeamServer(one);
    removeTeamServer(one);
    redis.kill('SIGKILL');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await collabBench(Number(process.argv[2] ?? 30));
  console.log(JSON.stringify(figures, null, 2));
  process.exit(0);
}
