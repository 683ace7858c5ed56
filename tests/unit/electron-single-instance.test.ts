/** A second launch of the desktop app starts nothing of its own: the first instance gets its files (electron-main.test.ts). */
import { expect, it, vi } from 'vitest';
import { recorded } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron());

it('quits at once when another instance holds the lock, before opening a window or answering any message', async () => {
  recorded.instanceLock = false;
  await import('../../electron/main.ts');
  recorded.ready?.();
  await new Promise((settled) => setTimeout(settled, 0));
  expect(recorded.quit).toBe(1);
  expect(recorded.windows).toHaveLength(0);
  expect(recorded.channels).toHaveLength(0);
  expect(recorded.sandboxed).toBe(false);
});
