import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `base: './'` lets the same build run from `vite preview` (web build, tests) and from
// Electron's file:// URL (desktop).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  preview: { port: 4173, strictPort: true },
});
