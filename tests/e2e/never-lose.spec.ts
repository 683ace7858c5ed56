/** Closing the window right after typing loses nothing. */
import { expect, test } from '@playwright/test';
import { storedTexts, Telaah } from './pages.ts';

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
