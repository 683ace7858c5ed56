/**
 * Finds the Chromium to test with: $CHROMIUM_PATH, else a system Chromium or Chrome.
 * Playwright cannot download its own browser on machines without internet access, so
 * the tests use the one the system has (Debian: `apt-get install chromium`).
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}
