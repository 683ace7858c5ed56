/**
 * The collaboration server's HTTP API as the app (and the tests) call it: putting a study on
 * a server, inviting, listing and revoking members. A refusal comes back as ServerRefused
 * with the server's reason, which the app says in the user's language.
 */
import type { ServerAddress } from './server-address.ts';

export type MemberRole = 'owner' | 'coder' | 'reader';

export interface ServerMember {
  id: string;
  studyId: string;
  name: string;
  role: MemberRole;
  createdAt: string;
  revokedAt: string | null;
}

/** A member just made, with the token that is shown this once. */
export interface Invitation {
  member: ServerMember;
  token: string;
}

export class ServerRefused extends Error {
  constructor(
    readonly status: number,
    /** The server's reason: bad-server-key, study-exists, revoked-token, unknown-token, not-owner, last-owner… or 'unreachable'. */
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(address: ServerAddress, path: string, secret: string, method: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${address.http}${path}`, {
      method,
      headers: { Authorization: `Bearer ${secret}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    throw new ServerRefused(0, 'unreachable', `${address.http} cannot be reached: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (response.status === 204) return undefined as T;
  const json = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
  if (!response.ok) throw new ServerRefused(response.status, json.error ?? 'refused', json.message ?? response.statusText);
  return json as T;
}

export const serverApi = {
  /** Puts a study on the server; its owner's invitation comes back. */
  addStudy: (address: ServerAddress, serverKey: string, study: { id: string; title: string; owner: string }) => call<Invitation>(address, '/api/studies', serverKey, 'POST', study),
  /** The member a token belongs to. */
  me: async (address: ServerAddress, token: string, studyId: string) => (await call<{ member: ServerMember }>(address, `/api/studies/${studyId}/me`, token, 'GET')).member,
  members: async (address: ServerAddress, token: string, studyId: string) => (await call<{ members: ServerMember[] }>(address, `/api/studies/${studyId}/members`, token, 'GET')).members,
  invite: (address: ServerAddress, token: string, studyId: string, member: { name: string; role: MemberRole }) => call<Invitation>(address, `/api/studies/${studyId}/members`, token, 'POST', member),
  revoke: (address: ServerAddress, token: string, studyId: string, memberId: string) => call<void>(address, `/api/studies/${studyId}/members/${memberId}`, token, 'DELETE'),
  health: (address: ServerAddress) => call<{ status: string; documents: number; connections: number }>(address, '/health', '', 'GET'),
};
