/**
 * The Content-Security-Policy of the app's page: its own scripts only, no network, media
 * from its own scheme, blobs (the web build's recordings) and attached files. The desktop
 * app sends it as a header with every file; the built page also carries it as a meta tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: telaah-media:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
