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
  await page.reload();
  await expect(page.getByText('Belum ada studi.')).toBeVisible();
});
