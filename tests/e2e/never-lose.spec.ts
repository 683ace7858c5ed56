/** Closing the window right after typing loses nothing. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, SessionScreen, storedTexts, Telaah } from './pages.ts';

test('text typed just before the window closes is there when the app opens again', async ({ context }) => {
  const page = await context.newPage();
  const app = new Telaah(page);
  await app.startStudy('Studi tutup', 2024, 'FGD 1');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await expect(page.locator('.turn .turn-text').first()).toBeFocused();
  await page.keyboard.type('Kalimat terakhir sebelum jendela ditutup');
  const url = page.url();
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('.turn .turn-text').first()).toHaveText('Kalimat terakhir sebelum jendela ditutup');
});

test('a window closed right after Enter or a replace-all keeps every change', async ({ context }) => {
  const page = await context.newPage();
  const app = new Telaah(page);
  await app.startStudy('Studi tutup cepat', 2024, 'FGD 1');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('Kalimat pertama di e-Warong.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Kedua');
  const url = page.url();
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(url);
  await expect.poll(() => storedTexts(again)).toEqual(['Kalimat pertama di e-Warong.', 'Kedua']);
  await again.getByRole('button', { name: 'Cari & ganti' }).click();
  await again.getByLabel('Cari…').fill('e-Warong');
  await again.getByLabel('Ganti dengan…').fill('warung elektronik');
  await again.getByRole('button', { name: 'Ganti semua' }).click();
  await again.close({ runBeforeUnload: true });

  const third = await context.newPage();
  await third.goto(url);
  await expect.poll(() => storedTexts(third)).toEqual(['Kalimat pertama di warung elektronik.', 'Kedua']);
});

test('a reload in the middle of importing a four-hour transcript leaves the old transcript or the new one whole, never a mix', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi impor terputus', 2024, 'FGD 1');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await expect.poll(async () => (await session.storedTexts()).length).toBe(26);
  const before = await session.storedTexts();
  const speakers = ['Moderator', 'Bu Sari', 'Pak Dedi', 'Bu Rina', 'Pak Joko'];
  const long = Array.from({ length: 4000 }, (_, i) => `${speakers[i % 5]}: Giliran panjang ${i + 1} tentang pendampingan KPM di e-Warong.`).join('\n\n');
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-putus-')), 'fgd-panjang.txt');
  writeFileSync(file, long);
  page.on('dialog', (dialog) => void dialog.accept());
  await session.importTranscript(app, file);
  await page.reload();
  const after = await session.storedTexts();
  // Once "diimpor" is shown, the import is stored: it survives a reload.
  await session.importTranscript(app, file);
  await expect(page.getByRole('status').filter({ hasText: 'fgd-panjang.txt diimpor' })).toBeVisible();
  await page.reload();
  expect(await session.storedTexts()).toHaveLength(4000);
  test.info().annotations.push({ type: 'after the reload', description: after.length === before.length ? 'the old transcript' : 'the imported one' });
  if (after.length === before.length) expect(after).toEqual(before);
  else expect(after).toEqual(long.split('\n\n').map((line) => line.replace(/^[^:]+: /, '')));
});
