/** Participants edited by hand keep the same rules as imported ones: one sane line, never a look-alike of another. */
import { expect, test } from '@playwright/test';
import { Telaah } from './pages.ts';

test('renaming a participant to a look-alike, a taken label or two lines is refused on the spot, naming why', async ({ page }) => {
  const app = new Telaah(page);
  await app.startStudy('Studi peserta', 2024, 'FGD 1');
  await page.getByRole('link', { name: 'Studi peserta' }).click();
  await app.tab('Peserta').click();
  const rina = page.locator('tr[data-participant="Bu Rina"]');
  const label = rina.getByLabel('Label (seperti di transkrip)');
  const alert = rina.getByRole('alert');

  await label.fill('Bu Sarі'); // a Cyrillic "і"
  await label.blur();
  await expect(alert).toHaveText('"Bu Sarі" mirip peserta "Bu Sari" tetapi ditulis berbeda ("і" U+0456); tulis sama persis atau pilih "Bu Sari"');
  await expect(label).toHaveValue('Bu Rina');

  await label.fill('Pak Dedi');
  await label.blur();
  await expect(alert).toHaveText('label "Pak Dedi" sudah dipakai peserta lain');

  await label.fill('Bu Rina: PKH');
  await label.blur();
  await expect(alert).toContainText('titik dua');

  await label.fill('Bu Rina Wati');
  await label.blur();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('tr[data-participant="Bu Rina Wati"]')).toHaveCount(1);
});
