/** The analysis screens of a 10-FGD evaluation study (segments, export preview, team), at 1280×720 and 1440×900 in both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { evaluationStudy } from '../bench/evaluation-study.ts';
import { Telaah } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

test('analysis screens of a large study in both languages and two window sizes', async ({ page }) => {
  test.setTimeout(180_000);
  const project = evaluationStudy(10);
  const app = new Telaah(page);
  await app.openStudy(project);
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    const tabs = lang === 'ID' ? ['Segmen', 'Ekspor tabel', 'Tim pengode'] : ['Segments', 'Export tables', 'Coding team'];
    for (const [i, name] of tabs.entries()) {
      await page.getByRole('tab', { name }).click();
      if (i === 0) await expect(page.locator('[data-segment-id]').first()).toBeVisible();
      if (i === 1) {
        await page.locator('select[name="mode"]').selectOption('quotes');
        await expect(page.locator('.export-preview')).toBeVisible();
      }
      if (i === 2) await expect(page.locator('.agreement-table')).toBeVisible();
      for (const [width, height] of REVIEW_SIZES) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: review(`analysis-${['segments', 'export', 'team'][i]}-${lang.toLowerCase()}-${width}x${height}`) });
      }
    }
  }
});
