/** A codebook whose roles have their own codes: the editor, the coding tree and the matrix, at 1280×720 and 1440×900 in both languages, for review in test-results/screens/; the coding tree also for the README. */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { Telaah, treeCodebookStudy } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

const readme = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

test('a tree codebook in the editor, the coding panel and the matrix', async ({ page }) => {
  const { app, session } = await treeCodebookStudy(page, 'Studi kerangka sendiri');
  await app.tab('Sesi FGD').click();
  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  const sari = await session.turn('Bu Sari', 'Saat pencairan kami mendampingi');
  await session.selectText(sari, 'Saat pencairan kami mendampingi KPM ke e-Warong');
  await session.applyCodeByTyping('pencairan', '4.3.1');
  await session.selectText(sari, 'membantu KPM yang kartunya terblokir');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: readme('code-tree') });

  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    const l = lang.toLowerCase();
    const words = lang === 'ID' ? { sessions: 'Sesi FGD', codebook: 'Buku kode', matrix: 'Matriks', filter: 'Cari kode atau kata…' } : { sessions: 'FGD sessions', codebook: 'Codebook', matrix: 'Matrix', filter: 'Search code or words…' };
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.getByRole('link', { name: 'Studi kerangka sendiri' }).click();
      await app.tab(words.sessions).click();
      await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
      await page.getByLabel(words.filter).fill('kartu');
      await page.screenshot({ path: review(`tree-coding-${l}-${width}x${height}`) });
      await page.getByRole('link', { name: 'Studi kerangka sendiri' }).click();
      await app.tab(words.codebook).click();
      await page.screenshot({ path: review(`tree-codebook-${l}-${width}x${height}`), fullPage: true });
      await app.tab(words.matrix).click();
      await page.screenshot({ path: review(`tree-matrix-${l}-${width}x${height}`) });
    }
  }
});

const SAMPLE = fileURLToPath(new URL('../../../shared/formats/refi-qda/oltas0517.qdpx', import.meta.url));

test('the NVivo for Windows sample opened as a study: its tree in the coding panel, the editor and the matrix', async ({ page }) => {
  const app = new Telaah(page);
  await app.open();
  await app.chooseFile(page.getByRole('button', { name: 'Buka proyek REFI-QDA (.qdpx)…' }), SAMPLE);
  await page.getByRole('link', { name: 'Untitled' }).first().click();
  await app.tab('Buku kode').click();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: review('nvivo-codebook-1440x900') });
  await app.tab('Matriks').click();
  await expect(page.locator('.matrix-table')).toBeVisible();
  await page.screenshot({ path: review('nvivo-matrix-1440x900') });
  await app.tab('Sesi FGD').click();
  await page.locator('a[href*="/session/"]').first().click();
  await expect(page.locator('.turn').first()).toBeVisible();
  await page.getByLabel('Cari kode atau kata…').fill('covid');
  await page.screenshot({ path: review('nvivo-coding-1440x900') });
  await page.getByLabel('Cari kode atau kata…').fill('');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: review('nvivo-coding-1280x720') });
});
