/** The matrix shows what it cannot count, and leads the coder to fix it. */
import { expect, test } from '@playwright/test';
import { fixturePath, MatrixScreen, SessionScreen, Telaah } from './pages.ts';

test('a statement by a speaker without assistant type is listed beside the matrix until it gets one', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const matrix = new MatrixScreen(page);
  await app.startStudy('Studi matriks', 2019, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const statement = 'Dari dinas, kami melihat TKSK yang aktif biasanya mampu menggerakkan KUBE';
  await session.selectText(await session.turn('Pak Hendra', statement), statement);
  await session.applyCodeWithMouse('4.4.7');
  await expect(session.segment(statement).getByLabel('Jenis').locator('option:checked')).toHaveText('ikut pembicara (tanpa jenis)');
  // The last used code is one key away for the next statement.
  const more = 'membuka usaha tambahan seperti penjualan pulsa dan token listrik';
  await session.selectText(await session.turn('Pak Hendra', more), more);
  await expect(page.getByRole('button', { name: '4.4.7 Alt+1' })).toBeVisible();
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('status').filter({ hasText: 'Kode 4.4.7 diterapkan.' })).toBeVisible();
  await expect(session.segment(more).locator('.code-chip')).toHaveText(['4.4.7×']);
  await session.segment(more).getByRole('button', { name: 'Hapus kode 4.4.7' }).click();
  await expect(page.locator('.segment')).toHaveCount(1);

  await page.getByRole('link', { name: 'Studi matriks' }).click();
  await app.tab('Matriks').click();
  await matrix.expectCount('4.4.7', 'TKSK', 0);
  const unattributed = page.getByTestId('unattributed');
  await expect(unattributed.locator('li')).toHaveCount(1);
  await expect(unattributed).toContainText('4.4.7 · Pak Hendra · FGD Sukamaju');

  await unattributed.getByRole('link', { name: 'Buka di transkrip' }).click();
  await expect(page.locator('.turn-highlighted')).toContainText(statement);
  await session.segment(statement).getByLabel('Jenis').selectOption('TKSK');
  await session.waitUntilSaved();
  await page.goBack();
  await matrix.expectCount('4.4.7', 'TKSK', 1);
  await expect(page.getByTestId('unattributed')).toHaveCount(0);
});

test('the matrix counts segments, participants or sessions, and charts a role as SVG and PNG', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const matrix = new MatrixScreen(page);
  await app.startStudy('Studi grafik', 2019, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await page.getByRole('link', { name: 'Studi grafik' }).click();
  await app.tab('Ekspor tabel').click();
  await app.chooseFile(page.getByRole('button', { name: 'Impor koding (CSV)…' }), fixturePath('koding.csv'));
  await expect(page.getByRole('status').filter({ hasText: 'koding.csv diimpor.' })).toBeVisible();

  await app.tab('Matriks').click();
  await matrix.expectCount('4.1.2', 'TKSK', 2);
  await page.locator('select[name="measure"]').selectOption('sessions');
  await matrix.expectCount('4.1.2', 'TKSK', 1);
  await page.locator('select[name="measure"]').selectOption('participants');
  await matrix.expectCount('4.1.2', 'TKSK', 2);
  await page.locator('select[name="measure"]').selectOption('segments');

  const chart = page.getByTestId('role-chart');
  await expect(chart).toHaveAttribute('alt', 'Peran Broker: jumlah segmen per agenda');
  await page.locator('select[name="chartRole"]').selectOption({ label: '4.3 Educator' });
  await expect(chart).toHaveAttribute('alt', 'Peran Educator: jumlah segmen per agenda');
  expect(await chart.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(760);

  const svg = (await app.download(page.getByRole('button', { name: 'Simpan SVG' }), 1)).get('grafik-4.3.svg')!;
  expect(svg.match(/class="bar"/g)).toHaveLength(16);
  expect(svg).toContain('data-agenda="8" data-type="PKH" data-count="1"');
  expect(svg).toContain('data-agenda="8" data-type="TKSK" data-count="1"');
  const png = await app.downloadBytes(page.getByRole('button', { name: 'Simpan PNG' }), 'grafik-4.3.png');
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
});
