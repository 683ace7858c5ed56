/**
 * The server's small HTTP API, beside the documents' WebSocket:
 *
 * - `GET /health`: the server is up (documents and connections open).
 * - `POST /api/studies` with the server key: a study put on the server, with its owner's
 *   token (shown once).
 * - `GET /api/studies/<id>/me` with a member's token: who that member is.
 * - `GET|POST /api/studies/<id>/members`, `DELETE /api/studies/<id>/members/<member id>`
 *   with the owner's token: the members, a new member's token (shown once), a revocation
 *   (which also closes that member's open connections).
 *
 * Tokens travel in `Authorization: Bearer …`, never in a URL, so any origin may call it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cleanName, MAX_NAME_LENGTH } from '../../shared/text-clean.ts';
import { ROLES, type Members, type Role } from './members.ts';
import type { Log } from './log.ts';

export interface ApiContext {
  members: Members;
  log: Log;
  disconnect(memberId: string): void;
  documents(): number;
  connections(): number;
}

const MAX_BODY_BYTES = 64 * 1024;

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
    'Cache-Control': 'no-store',
  });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Refused(413, 'too-large', `a request body may hold at most ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // said below
  }
  throw new Refused(400, 'bad-request', 'the body must be a JSON object');
}

const bearer = (request: IncomingMessage): string => /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';

function nameIn(body: Record<string, unknown>, key: string): string {
  const value = typeof body[key] === 'string' ? cleanName(body[key]) : '';
  if (!value || value.length > MAX_NAME_LENGTH) throw new Refused(400, 'bad-request', `"${key}" must be a name of 1 to ${MAX_NAME_LENGTH} characters`);
  return value;
}

/** Answers a request if it is the API's (true), else leaves it to the WebSocket server (false). */
export async function handleApi(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<boolean> {
  const path = new URL(request.url ?? '/', 'http://server').pathname;
  if (path !== '/health' && !path.startsWith('/api/')) return false;
  try {
    if (request.method === 'OPTIONS') send(response, 204);
    else if (path === '/health' && request.method === 'GET') send(response, 200, { status: 'ok', documents: context.documents(), connections: context.connections() });
    else await route(request, response, path, context);
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    context.log.warn('api-refused', { path, method: request.method, status: error.status, reason: error.code });
    send(response, error.status, { error: error.code, message: error.message });
  }
  return true;
}

async function route(request: IncomingMessage, response: ServerResponse, path: string, { members, log, disconnect }: ApiContext): Promise<void> {
  if (path === '/api/studies' && request.method === 'POST') {
    if (!members.isServerKey(bearer(request))) throw new Refused(401, 'bad-server-key', 'a study is put on the server with the server key');
    const body = await bodyOf(request);
    const id = typeof body.id === 'string' && /^[A-Za-z0-9_-]{1,80}$/.test(body.id) ? body.id : null;
    if (!id) throw new Refused(400, 'bad-request', '"id" must be the study id (letters, digits, - and _)');
    const added = members.addStudy(id, nameIn(body, 'title'), nameIn(body, 'owner'));
    if (!added) throw new Refused(409, 'study-exists', 'this study is already on the server');
    log.info('study-added', { study: id, member: added.member.id });
    return send(response, 201, { member: added.member, token: added.token });
  }
  const me = /^\/api\/studies\/([A-Za-z0-9_-]{1,80})\/me$/.exec(path);
  if (me && request.method === 'GET') {
    const member = members.check(bearer(request), me[1]!);
    if (typeof member === 'string') throw new Refused(member === 'unknown-study' ? 404 : 401, member, 'this token does not open the study');
    return send(response, 200, { member });
  }
  const match = /^\/api\/studies\/([A-Za-z0-9_-]{1,80})\/members(?:\/([0-9a-f-]{36}))?$/.exec(path);
  if (!match) throw new Refused(404, 'not-found', `no ${request.method} ${path} here`);
  const [, studyId, memberId] = match as unknown as [string, string, string | undefined];
  const owner = members.check(bearer(request), studyId);
  if (typeof owner === 'string') throw new Refused(owner === 'unknown-study' ? 404 : 401, owner, 'this token does not open the study');
  if (owner.role !== 'owner') throw new Refused(403, 'not-owner', "only the study's owner manages its members");

  if (!memberId && request.method === 'GET') return send(response, 200, { members: members.list(studyId) });
  if (!memberId && request.method === 'POST') {
    const body = await bodyOf(request);
    const role = body.role as Role;
    if (!ROLES.includes(role)) throw new Refused(400, 'bad-request', `"role" must be one of ${ROLES.join(', ')}`);
    const invited = members.invite(studyId, nameIn(body, 'name'), role);
    log.info('member-invited', { study: studyId, member: invited.member.id, role, by: owner.id });
    return send(response, 201, invited);
  }
  if (memberId && request.method === 'DELETE') {
    const owners = members.list(studyId).filter((m) => m.role === 'owner' && m.revokedAt === null);
    if (owners.length === 1 && owners[0]!.id === memberId) throw new Refused(409, 'last-owner', 'the study keeps at least one owner');
    if (!members.revoke(studyId, memberId)) throw new Refused(404, 'not-found', 'no such member, or already revoked');
    disconnect(memberId);
    log.info('member-revoked', { study: studyId, member: memberId, by: owner.id });
    return send(response, 204);
  }
  throw new Refused(405, 'not-allowed', `${request.method} is not allowed on ${path}`);
}
