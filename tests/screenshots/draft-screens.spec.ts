/** An automatic transcript waiting to be read, its list of unchecked turns open and closed, at 1280×720 and 1440×900 in both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

test('unchecked turns in both languages and two window sizes', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi draf', 2024, 'FGD otomatis');
  await session.importTranscript(app, fixturePath('fgd-whisperx.json'));
  await page.locator('.turn').nth(0).getByRole('button', { name: /Belum diperiksa/ }).click();
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    await expect(page.locator('.unchecked-count')).toBeVisible();
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`draft-${lang.toLowerCase()}-${width}x${height}`) });
    }
    // The list of unchecked turns, open.
    const list = page.getByRole('button', { name: lang === 'ID' ? /Daftar belum diperiksa/ : /List unchecked/ });
    await list.click();
    await page.screenshot({ path: review(`draft-list-${lang.toLowerCase()}-1440x900`) });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: review(`draft-list-${lang.toLowerCase()}-1280x720`) });
    await list.click();
  }
});
