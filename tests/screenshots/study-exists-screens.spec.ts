/** The dialog for a project file of a study already here, at 1280×720 and 1440×900 in both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { Telaah } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';


test('study-exists dialog in both languages and two window sizes', async ({ page }) => {
  const app = new Telaah(page);
  await app.startStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019, 'FGD Sukamaju');
  const file = await app.saveProjectFile('Peran Pendamping Sosial dalam e-Warong KUBE');
  await app.open();
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    await app.chooseFile(page.getByRole('button', { name: lang === 'ID' ? 'Buka file proyek…' : /Open project file/ }), file);
    await expect(page.getByRole('dialog')).toBeVisible();
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`study-exists-${lang.toLowerCase()}-${width}x${height}`) });
    }
    await page.getByRole('dialog').getByRole('button', { name: lang === 'ID' ? 'Batal' : 'Cancel' }).click();
  }
});
