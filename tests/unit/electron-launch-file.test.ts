/** A project file double-clicked while the app is closed: it opens once the page listens, not before. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { recorded } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron());

it('hands a file given at launch to the page after the page first reports its state', async () => {
  recorded.userData = mkdtempSync(join(tmpdir(), 'telaah-launch-'));
  const file = join(recorded.userData, 'ekspor NVivo.qdpx');
  writeFileSync(file, 'PK');
  const argv = process.argv;
  process.argv = ['/opt/Telaah/telaah', file];
  try {
    await import('../../electron/main.ts');
  } finally {
    process.argv = argv;
  }
  recorded.ready?.();
  const opened = () => recorded.messages.filter(([channel]) => channel === 'telaah:open-file');
  // The file is read and waits: the page has not said it listens.
  await new Promise((settled) => setTimeout(settled, 50));
  expect(recorded.windows).toHaveLength(1);
  expect(opened()).toHaveLength(0);
  const window = recorded.windows[0]!;
  for (const listener of recorded.ipcListeners.get('telaah:window-state') ?? []) {
    listener({ sender: window.contents, senderFrame: { url: window.url } }, { lang: 'id', available: [], context: { segmentId: null, codable: false }, spelling: { lang: 'id', words: [] } });
  }
  expect(opened()).toHaveLength(1);
  expect(opened()[0]![1]).toMatchObject({ name: 'ekspor NVivo.qdpx' });
});
