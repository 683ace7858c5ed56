/**
 * A collaboration server's address as a user types it: `https://lab.example.ac.id`,
 * `wss://…`, or on this computer `http://localhost:8750`. Another computer is reached over
 * TLS only (https/wss): tokens and transcripts never cross a network in the clear.
 */
export interface ServerAddress {
  /** Base of the HTTP API, without a trailing slash. */
  http: string;
  /** The documents' WebSocket. */
  ws: string;
}

export class BadServerAddress extends Error {}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The origins a server is reached at (its API and its WebSocket), as request filters compare them. */
export function serverOrigins(address: ServerAddress): string[] {
  return [address.http, address.ws].map((url) => {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  });
}

export function serverAddress(typed: string): ServerAddress {
  const text = typed.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    throw new BadServerAddress(`"${typed}" is not a server address (for example https://server.example.ac.id)`);
  }
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (!secure && url.protocol !== 'http:' && url.protocol !== 'ws:') throw new BadServerAddress(`"${typed}": a server address starts with https:// (or wss://)`);
  if (!secure && !LOOPBACK.test(url.hostname)) throw new BadServerAddress(`"${typed}": a server on another computer is reached over https:// (wss://) only`);
  if (url.username || url.password) throw new BadServerAddress(`"${typed}": a server address holds no user name or password`);
  const host = url.host;
  const path = url.pathname.replace(/\/+$/, '');
  return { http: `${secure ? 'https' : 'http'}://${host}${path}`, ws: `${secure ? 'wss' : 'ws'}://${host}${path}` };
}
