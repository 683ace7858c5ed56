/**
 * Telaah's collaboration server: Hocuspocus with its SQLite store, optionally joined to
 * other instances through Redis. The only rule it knows beyond relaying and storing is who
 * may open and write which study (members.ts): every document a connection opens is checked
 * against the member's token, and a reader's connection is read-only here, on the server.
 *
 * Documents are named `<study id>` (the study) and `<study id>/<session id>` (a session).
 */
import { mkdirSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Server, type Extension, type onAuthenticatePayload, type onDisconnectPayload } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { Redis } from '@hocuspocus/extension-redis';
import { Members, type Member } from './members.ts';
import { handleApi } from './api.ts';
import type { Log } from './log.ts';

export interface ServerOptions {
  /** Where the documents and the members are kept (created if missing). */
  dataDir: string;
  port: number;
  /** The address to listen on; loopback unless told. */
  host: string;
  /** `redis://[user:password@]host:port[/db]`: join other instances through this Redis. */
  redis?: string;
  /** PEM certificate and key: serve `https` and `wss` directly, without a reverse proxy. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  log: Log;
  /** Largest message a client may send, in bytes (a session's first upload is the largest). */
  maxMessageBytes?: number;
  /** Open connections one member's token may hold at once (tabs, computers). */
  maxConnectionsPerMember?: number;
}

export interface RunningServer {
  port: number;
  members: Members;
  /** Stops taking connections, stores every open document, closes the store. */
  stop(): Promise<void>;
  /** Closes every live connection of a member (their token was revoked). */
  disconnect(memberId: string): void;
}

interface Context {
  member: Member;
}

/** The study a document belongs to; null for a name that is no Telaah document. */
export function studyOfDocument(name: string): string | null {
  const match = /^([A-Za-z0-9_-]{1,80})(?:\/[A-Za-z0-9_-]{1,80})?$/.exec(name);
  return match ? match[1]! : null;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  mkdirSync(options.dataDir, { recursive: true });
  const database = join(options.dataDir, 'telaah-server.sqlite');
  const db = new BetterSqlite3(database);
  db.pragma('journal_mode = WAL');
  const members = new Members(db);
  const { log } = options;
  const maxConnections = options.maxConnectionsPerMember ?? 16;
  /** Each member's open sockets, with how many documents each has open. */
  const sockets = new Map<string, Map<string, number>>();

  const access: Extension = {
    async onAuthenticate({ token, documentName, connectionConfig, socketId }: onAuthenticatePayload) {
      const studyId = studyOfDocument(documentName);
      const checked = studyId === null ? 'unknown-study' : members.check(token, studyId);
      if (typeof checked === 'string') {
        log.warn('refused', { document: documentName, reason: checked });
        throw { reason: checked };
      }
      const open = sockets.get(checked.id) ?? new Map<string, number>();
      if (!open.has(socketId) && open.size >= maxConnections) {
        log.warn('refused', { document: documentName, member: checked.id, reason: 'too-many-connections' });
        throw { reason: 'too-many-connections' };
      }
      open.set(socketId, (open.get(socketId) ?? 0) + 1);
      sockets.set(checked.id, open);
      if (checked.role === 'reader') connectionConfig.readOnly = true;
      log.info('opened', { document: documentName, member: checked.id, role: checked.role });
      return { member: checked } satisfies Context;
    },
    async onDisconnect({ context, socketId, documentName }: onDisconnectPayload<Context>) {
      const member = context.member;
      if (!member) return;
      const open = sockets.get(member.id);
      const left = (open?.get(socketId) ?? 1) - 1;
      if (open && left > 0) open.set(socketId, left);
      else open?.delete(socketId);
      log.info('closed', { document: documentName, member: member.id });
    },
    async onRequest({ request, response }: { request: IncomingMessage; response: ServerResponse }) {
      if (await handleApi(request, response, { members, log, disconnect, documents: () => server.hocuspocus.getDocumentsCount(), connections: () => server.hocuspocus.getConnectionsCount() })) throw null;
    },
  };

  const extensions: Extension[] = [new SQLite({ database }), access];
  if (options.redis) extensions.push(redisExtension(options.redis));

  const server = new Server<Context>({
    quiet: true,
    stopOnSignals: false,
    // What a client sent is stored within a second of a pause, and at least every five seconds while typing goes on.
    debounce: 1000,
    maxDebounce: 5000,
    websocketOptions: { maxPayload: options.maxMessageBytes ?? 64 * 1024 * 1024 },
    extensions,
  });

  function disconnect(memberId: string): void {
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        if ((connection.context as Context | undefined)?.member?.id === memberId) connection.close({ code: 4403, reason: 'revoked-token' });
      }
    }
  }

  // Hocuspocus's own HTTP server handles requests and upgrades; ours (plain or TLS) listens and hands them over.
  const listener: HttpServer = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }) : createHttpServer();
  listener.on('request', (request: IncomingMessage, response: ServerResponse) => server.httpServer.emit('request', request, response));
  listener.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => server.httpServer.emit('upgrade', request, socket, head));
  await new Promise<void>((resolve, reject) => {
    listener.once('error', reject);
    listener.listen(options.port, options.host, () => resolve());
  });
  const port = (listener.address() as AddressInfo).port;
  await server.hocuspocus.hooks('onListen', { instance: server.hocuspocus, configuration: server.configuration, port });
  log.info('listening', { host: options.host, port, tls: Boolean(options.tls), redis: Boolean(options.redis), data: options.dataDir });

  let stopping: Promise<void> | null = null;
  return {
    port,
    members,
    disconnect,
    stop() {
      stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          listener.close(() => resolve());
          listener.closeAllConnections?.();
        });
        await server.destroy();
        db.close();
        log.info('stopped', { documents: 'stored' });
      })();
      return stopping;
    },
  };
}

function redisExtension(url: string): Redis {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`--redis must be a redis:// address, not ${url}`);
  return new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(parsed.pathname.length > 1 ? { db: Number(parsed.pathname.slice(1)) } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  });
}
