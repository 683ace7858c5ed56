/** Participants edited by hand keep the same rules as imported ones: one sane line, never a look-alike of another. */
import { expect, test, type Page } from '@playwright/test';
import { storedRows, Telaah } from './pages.ts';

/** The consent date stored in the browser's database for the participant labelled `label`. */
const storedConsentDate = async (page: Page, label: string) => (await storedRows<{ label: string; consent: { date: string } }>(page, 'participants')).find((p) => p.label === label)?.consent.date;

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

test('dates are typed and shown day first in both languages, and a date the calendar lacks is refused without saving', async ({ page }) => {
  const app = new Telaah(page);
  await app.startStudy('Studi tanggal', 2024, 'FGD 1');
  await page.getByRole('link', { name: 'Studi tanggal' }).click();
  await app.tab('Peserta').click();
  const rina = page.locator('tr[data-participant="Bu Rina"]');
  const consent = rina.getByLabel('Tanggal persetujuan');
  await expect(consent).toHaveAttribute('placeholder', 'hh/bb/tttt');

  await consent.fill('2-3-2024');
  await consent.press('Enter');
  await expect(consent).toHaveValue('02/03/2024');
  await expect.poll(() => storedConsentDate(page, 'Bu Rina')).toBe('2024-03-02');

  await consent.fill('31/02/2024');
  await consent.blur();
  await expect(rina.getByRole('alert')).toHaveText('Tanggal "31/02/2024" tidak ada di kalender');
  await expect(consent).toHaveValue('31/02/2024'); // left for the user to correct, not thrown away
  await consent.fill('Maret');
  await consent.blur();
  await expect(rina.getByRole('alert')).toContainText('hari/bulan/tahun, mis. 14/03/2019');
  expect(await storedConsentDate(page, 'Bu Rina')).toBe('2024-03-02');

  await page.reload();
  await expect(page.locator('tr[data-participant="Bu Rina"]').getByLabel('Tanggal persetujuan')).toHaveValue('02/03/2024');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.locator('tr[data-participant="Bu Rina"]').getByLabel('Consent date')).toHaveValue('02/03/2024');
  await app.tab('FGD sessions').click();
  await page.getByRole('link', { name: 'FGD 1' }).click();
  const sessionDate = page.locator('.session-meta').getByLabel('Date');
  await expect(sessionDate).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  await sessionDate.fill('14/03/2024');
  await sessionDate.blur();
  await page.getByRole('link', { name: 'Studi tanggal' }).click();
  await app.tab('FGD sessions').click();
  await expect(page.getByText('14 March 2024')).toBeVisible();
});
