/** A coder's name refused for looking like another's, at 1280×720 and 1440×900 in both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

test('coder name refused in both languages and two window sizes', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi tim', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    const coderBar = page.getByRole('group', { name: lang === 'ID' ? 'Pengode' : 'Coder' });
    const field = coderBar.getByLabel(lang === 'ID' ? 'nama pengode baru' : 'new coder name');
    await field.fill('Ani');
    await field.press('Enter');
    await field.fill('\u0410ni');
    await field.press('Enter');
    await expect(coderBar.getByRole('alert')).toBeVisible();
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`coder-name-${lang.toLowerCase()}-${width}x${height}`) });
    }
    await field.fill('');
  }
});
