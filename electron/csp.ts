/**
 * The Content-Security-Policy of the app's page: its own scripts (and WebAssembly) only, media
 * from its own scheme, blobs (the web build's recordings) and attached files, and a network
 * only to team servers: over TLS (https, wss) or on this computer. (The desktop app lets out
 * only the servers the user gave: electron/security.ts.) The desktop app sends it as a
 * header with every file; the built page also carries it as a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  // WebAssembly (whisper.cpp in a worker) may be compiled; no inline script and no eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: telaah-media:",
  "font-src 'self'",
  // The speech engine reads the chosen model file and the attached recording by their URLs.
  // …and a shared study talks to its team server.
  "connect-src 'self' blob: telaah-media: https: wss: http://localhost:* ws://localhost:* http://127.0.0.1:* ws://127.0.0.1:*",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
