import { defineConfig } from '@playwright/test';
import base from '../../playwright.config.ts';

// `npm run screenshots` drives the app through a small study and writes the README's
// pictures to docs/screenshots/.
export default defineConfig({
  ...base,
  testDir: '.',
  reporter: [['list']],
  use: { ...base.use, viewport: { width: 1440, height: 860 } },
});
