import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the yardstick page into dist-bench/, apart from the app. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: { outDir: fileURLToPath(new URL('../../../dist-bench', import.meta.url)), emptyOutDir: true },
  logLevel: 'warn',
});
