/** "Telusuri" (search, word frequencies with their chart, co-occurrence, memos) at 1280×720 and 1440×900 in both languages, for review in test-results/screens/; the search and the frequencies also for the README. */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { codedSampleStudy } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

const readme = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

test('search, word frequencies and co-occurrence in both languages and two window sizes', async ({ page }) => {
  const { app } = await codedSampleStudy(page, 'Peran Pendamping Sosial dalam e-Warong KUBE');
  await app.tab('Telusuri').click();
  await page.getByLabel('Cari di semua sesi').fill('data');
  await expect(page.locator('.kwic-table')).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: readme('search') });
  await page.getByRole('button', { name: 'Frekuensi kata', exact: true }).click();
  await expect(page.getByTestId('frequency-chart')).toBeVisible();
  await page.screenshot({ path: readme('frequencies') });
  await page.getByRole('button', { name: 'Pencarian', exact: true }).click();
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    const l = lang.toLowerCase();
    const views = lang === 'ID' ? ['Pencarian', 'Frekuensi kata', 'Kemunculan bersama', 'Memo'] : ['Search', 'Word frequencies', 'Co-occurrence', 'Memos'];
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      for (const [i, name] of views.entries()) {
        await page.getByRole('button', { name, exact: true }).click();
        if (i === 2) await page.locator('.cooccurrence-table .cell-button').first().click();
        await page.screenshot({ path: review(`explore-${['search', 'frequencies', 'cooccurrence', 'memos'][i]}-${l}-${width}x${height}`), fullPage: i === 1 });
      }
      await page.getByRole('button', { name: views[0]!, exact: true }).click();
    }
  }
});
