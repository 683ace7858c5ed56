/**
 * The screens that say work was not kept or not stored yet, and a selection across turns,
 * in both languages at every review size, for review in test-results/screens/: keys typed
 * in a watching tab, a full disk refusing an import, a drag from one turn into another.
 */
import { expect, test } from '@playwright/test';
import { longTranscript } from '../e2e/long-transcript.ts';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { shootEverySize } from './review.ts';

test('a watching tab refusing keys, a full disk, a selection across turns', async ({ context }) => {
  test.setTimeout(180_000);
  const editing = await context.newPage();
  const cdp = await context.newCDPSession(editing);
  // Room for the sample study, not for much more.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: 'http://127.0.0.1:4173', quotaSize: 1024 * 1024 });
  const app = new Telaah(editing);
  const session = new SessionScreen(editing);
  await app.startStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await session.waitUntilSaved();

  const watching = await context.newPage();
  await watching.goto(editing.url());
  await watching.locator('.turn .turn-text').first().click();
  await watching.keyboard.type('abc');
  await expect(watching.getByRole('alert')).toBeVisible();
  await shootEverySize(watching, 'trust-watching-refused');
  await watching.close();

  await editing.bringToFront();
  const turns = editing.locator('.turn');
  const a = await session.textBox(turns.nth(1), 'Saya mendampingi');
  const b = await session.textBox(turns.nth(2), 'Sukamaju.');
  await editing.mouse.move(a.x1, a.y1);
  await editing.mouse.down();
  await editing.mouse.move(b.x2, b.y2, { steps: 10 });
  await editing.mouse.up();
  await shootEverySize(editing, 'trust-selection-across');

  await editing.keyboard.press('Escape');
  await session.openTranscript(app, longTranscript(20_000));
  await editing.getByRole('dialog').getByRole('button', { name: /^Impor \d+ giliran$/ }).click();
  await expect(editing.getByRole('alert')).toBeVisible({ timeout: 60_000 });
  await expect(editing.getByTestId('save-status')).toHaveAttribute('data-state', 'full', { timeout: 30_000 });
  await shootEverySize(editing, 'trust-disk-full');
});
