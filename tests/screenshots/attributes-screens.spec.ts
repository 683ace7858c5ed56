/** Participants with an attribute of the study's own, the matrix compared by it, and the export by site: 1280×720, 1366×768 and 1440×900, both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codedSampleStudy } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

test('attributes on the participants, matrix and export screens', async ({ page }) => {
  const { app } = await codedSampleStudy(page, 'Studi atribut');
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-atribut-')), 'peserta-atribut.csv');
  writeFileSync(file, 'label,assistant_type,jenis kelamin,lama bertugas\nBu Sari,PKH,perempuan,3–5 tahun\nPak Dedi,TKSK,laki-laki,lebih dari 5 tahun\nBu Rina,PKH,perempuan,1–3 tahun\nPak Joko,TKSK,laki-laki,3–5 tahun\n');
  await app.importParticipants(file);
  await expect(page.getByRole('status')).toContainText('Atribut peserta');
  const consent = page.locator('tr[data-participant="Bu Sari"]').getByLabel('Tanggal persetujuan');
  await consent.fill('2/3/2019');
  await consent.press('Enter');
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    const l = lang.toLowerCase();
    const tabs = lang === 'ID' ? ['Peserta', 'Matriks', 'Ekspor tabel'] : ['Participants', 'Matrix', 'Export tables'];
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await app.tab(tabs[0]!).click();
      await page.screenshot({ path: review(`attributes-participants-${l}-${width}x${height}`) });
      await app.tab(tabs[1]!).click();
      await page.locator('select[name="compareBy"]').selectOption('attribute:jenis kelamin');
      await page.screenshot({ path: review(`attributes-matrix-${l}-${width}x${height}`) });
      await app.tab(tabs[2]!).click();
      await page.locator('select[name="compareBy"]').selectOption('site');
      await page.screenshot({ path: review(`attributes-export-${l}-${width}x${height}`) });
    }
  }
});
