import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security.ts';

/** The built page carries the same Content-Security-Policy as the desktop window (not the dev server, whose hot reload needs inline scripts). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'telaah-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
  };
}

// `base: './'` lets the same build run from `vite preview` (web build, tests) and from
// Electron's telaah://app/ scheme (desktop).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: true },
});
