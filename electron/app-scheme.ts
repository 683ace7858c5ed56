/**
 * The desktop window loads the built renderer from `telaah://app/`, a privileged scheme
 * of the app's own, not from `file://`: the page gets a secure origin of its own (its
 * IndexedDB, localStorage and Web Locks belong to that origin, not to every local file),
 * every response carries the Content-Security-Policy as a header, and only files inside
 * the built renderer can be named by a URL. Pure functions here; `main.ts` serves them.
 */
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

export const APP_SCHEME = 'telaah';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const INDEX_URL = `${APP_ORIGIN}/index.html`;

/** As registered before the app is ready: a standard, secure origin that may fetch and run module scripts. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file inside `root` that an app URL names, or null: another scheme or host, a path
 * leaving the root (`..`, encoded separators or NUL), or a name that cannot be decoded.
 */
export function appFilePath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.includes('\\') || path.split('/').includes('..')) return null;
  const relative = path === '/' ? 'index.html' : path.replace(/^\/+/, '');
  const file = normalize(join(root, relative));
  const inside = normalize(root).replace(/[\\/]?$/, sep);
  return file.startsWith(inside) ? file : null;
}

/** Headers of a served file: its type, never sniffed, and the page's Content-Security-Policy. */
export function appHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-cache',
  };
}
