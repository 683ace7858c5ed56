/**
 * An invitation to a shared study as the owner hands it on (by chat or e-mail): one line
 * holding the server's address, the study and the member's own token. It is shown once;
 * whoever holds it can work on the study in the member's role until it is revoked.
 */
import { serverAddress, type ServerAddress } from './server-address.ts';

const PREFIX = 'telaah-undangan:';

export interface Invitation {
  server: ServerAddress;
  studyId: string;
  token: string;
}

export class BadInvitation extends Error {}

const toBase64Url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)));

export function writeInvitation(invitation: Invitation): string {
  return PREFIX + toBase64Url(JSON.stringify({ s: invitation.server.http, i: invitation.studyId, t: invitation.token }));
}

export function readInvitation(text: string): Invitation {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX)) throw new BadInvitation('an invitation starts with "telaah-undangan:"; copy the whole line the study\'s owner sent');
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(trimmed.slice(PREFIX.length)));
  } catch {
    throw new BadInvitation('the invitation is cut off or changed; ask the study\'s owner to send it again');
  }
  const { s, i, t } = (value ?? {}) as Record<string, unknown>;
  if (typeof s !== 'string' || typeof i !== 'string' || typeof t !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(i) || !/^[A-Za-z0-9_-]{20,200}$/.test(t)) {
    throw new BadInvitation('the invitation is cut off or changed; ask the study\'s owner to send it again');
  }
  return { server: serverAddress(s), studyId: i, token: t };
}
