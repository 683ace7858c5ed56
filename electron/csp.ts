/**
 * The Content-Security-Policy of the app's page: its own scripts (and WebAssembly) only, no network, media
 * from its own scheme, blobs (the web build's recordings) and attached files. The desktop
 * app sends it as a header with every file; the built page also carries it as a meta tag.
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
  "connect-src 'self' blob: telaah-media:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
