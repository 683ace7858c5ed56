/** Closing the window right after typing loses nothing. */
import { expect, test } from '@playwright/test';
import { Telaah } from './pages.ts';

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
