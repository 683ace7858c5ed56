/** Managing studies and sessions: deleting asks first, and only a confirmed delete removes anything. */
import { expect, test } from '@playwright/test';
import { Telaah } from './pages.ts';

test('deleting a session or a study asks first and removes it only when confirmed', async ({ page }) => {
  const app = new Telaah(page);
  await app.open();
  await app.createStudy('Studi uji coba', 2025);
  await app.addSession('FGD percobaan');
  await page.getByRole('link', { name: 'Studi uji coba' }).click();

  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Hapus sesi FGD percobaan' }).click();
  await expect(page.getByRole('link', { name: 'FGD percobaan' })).toBeVisible();

  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('FGD percobaan');
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Hapus sesi FGD percobaan' }).click();
  await expect(page.getByText('Belum ada sesi FGD.')).toBeVisible();

  await page.getByRole('link', { name: 'Semua studi' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Hapus studi Studi uji coba' }).click();
  await expect(page.getByText('Belum ada studi.')).toBeVisible();
  // A deleted study can be put back, from the bar or from the backups screen, until the app is closed.
  await expect(page.locator('.deleted-bar')).toContainText('Studi "Studi uji coba" dihapus.');
  await page.getByRole('link', { name: 'Cadangan', exact: true }).click();
  await expect(page.locator('.deleted-list')).toContainText('Studi "Studi uji coba" dihapus.');
  await page.locator('.deleted-list li').filter({ hasText: 'Studi "Studi uji coba"' }).getByRole('button', { name: 'Pulihkan' }).click();
  await page.getByRole('link', { name: 'Telaah', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Studi uji coba' })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Hapus studi Studi uji coba' }).click();
  await expect(page.getByText('Belum ada studi.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Belum ada studi.')).toBeVisible();
});

test('a study compares a third assistant type, which becomes a matrix column, and keeps a type that is in use', async ({ page }) => {
  const app = new Telaah(page);
  await app.startStudy('Studi tiga jenis', 2024, 'FGD 1');
  await page.getByRole('link', { name: 'Studi tiga jenis' }).click();
  await app.tab('Peserta').click();
  const types = page.getByRole('region', { name: 'Jenis pendamping yang dibandingkan (kolom matriks dan tabel)' });
  await types.getByLabel('Kode singkat').fill('KUBE');
  await types.getByLabel('Label kolom', { exact: true }).fill('Pendamping KUBE');
  await types.getByRole('button', { name: 'Tambah jenis' }).click();
  await expect(types.locator('li[data-type]')).toHaveCount(3);
  await types.getByLabel('Kode singkat').fill('dua kata');
  await types.getByRole('button', { name: 'Tambah jenis' }).click();
  await expect(types.getByRole('alert')).toHaveText(/Kode jenis harus singkat/);

  await page.locator('tr[data-participant="Bu Rina"]').getByLabel('Jenis pendamping').selectOption({ label: 'Pendamping KUBE' });
  await types.getByRole('button', { name: 'Hapus jenis KUBE' }).click();
  await expect(types.getByRole('alert')).toHaveText(/masih dipakai/);
  await expect(types.locator('li[data-type]')).toHaveCount(3);

  await app.tab('Matriks').click();
  await expect(page.locator('.matrix-table thead th')).toHaveText(['Kode', 'Agenda', 'Pendamping PKH', 'TKSK', 'Pendamping KUBE']);
  await expect(page.locator('[data-cell="4.1.1|KUBE"]')).toBeVisible();
});
