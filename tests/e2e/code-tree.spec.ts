/**
 * A study whose roles each have their own codes, as a thesis student's framework or another
 * tool's code tree has them (tests/fixtures/kerangka-peran.qdc: three roles of the
 * planner…evaluator framework with indicators of their own, one three levels deep): the
 * tree comes in from a .qdc, is edited, codes statements from a searchable tree, and goes
 * out as one table per role with that role's own rows.
 */
import { expect, test } from '@playwright/test';
import { MatrixScreen, treeCodebookStudy } from './pages.ts';

test('a codebook tree from another tool is kept, edited, coded from a searchable tree and exported one table per role', async ({ page }) => {
  // The tree comes in as it is: three roles with their own codes, the third level named by its path.
  const { app, session, report } = await treeCodebookStudy(page, 'Studi kerangka sendiri');
  await expect(report).toContainText('kerangka-peran.qdc: buku kode diimpor (3 peran, 6 kode).');
  await expect(page.getByLabel('Semua peran memakai agenda yang sama (matriks)')).not.toBeChecked();
  await expect(page.getByLabel('Kode milik peran')).toHaveValue('1');
  await expect(page.getByLabel('Nama 4.1.3 (Indonesia)')).toHaveValue('Memetakan kebutuhan KPM › Data DTKS');
  await expect(page.getByLabel('Deskripsi 4.1.2')).toHaveValue('Pendataan kebutuhan sebelum penyaluran.');

  // Editing one role's codes: a new code, a rename; the matrix switch is refused while the roles differ.
  await page.getByLabel('Kode milik peran').selectOption({ label: '4.3 Fasilitator (2)' });
  await page.getByLabel('Kode baru', { exact: true }).fill('Mengajari transaksi offline');
  await page.getByRole('button', { name: 'Tambah kode' }).click();
  await expect(page.getByLabel('Nama 4.3.3 (Indonesia)')).toHaveValue('Mengajari transaksi offline');
  await page.getByLabel('Nama 4.3.1 (Indonesia)').fill('Mendampingi pencairan di e-Warong');
  await page.getByLabel('Nama 4.3.1 (Indonesia)').blur();
  await page.getByLabel('Semua peran memakai agenda yang sama (matriks)').click();
  await expect(page.getByRole('alert')).toContainText('Baris bersama hanya bisa jika semua peran punya baris yang sama');
  await expect(page.getByLabel('Semua peran memakai agenda yang sama (matriks)')).not.toBeChecked();

  // Coding: no matrix grid, a tree; the filter finds a code by its words, Enter applies it.
  await app.tab('Sesi FGD').click();
  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  await expect(page.locator('.coding-panel .code-grid')).toHaveCount(0);
  const tree = page.locator('.coding-panel .code-tree');
  await expect(tree.getByText('4.2 Mediator')).toBeVisible();
  const sari = await session.turn('Bu Sari', 'Saat pencairan kami mendampingi');
  await session.selectText(sari, 'Saat pencairan kami mendampingi KPM ke e-Warong');
  await session.applyCodeByTyping('pencairan e-warong', '4.3.1');
  const dedi = await session.turn('Pak Dedi', 'TKSK Kecamatan Sukamaju');
  await session.selectText(dedi, 'koordinasi dengan kecamatan');
  await tree.getByRole('button', { name: '4.1.1 Perencana · Menyusun jadwal pertemuan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kode 4.1.1 diterapkan.' })).toBeVisible();

  // The matrix lists each role's own codes under "Uraian".
  await page.getByRole('link', { name: 'Studi kerangka sendiri' }).click();
  await app.tab('Matriks').click();
  const matrix = new MatrixScreen(page);
  await expect(page.locator('.matrix-table thead')).toContainText('Uraian');
  await matrix.expectCount('4.3.1', 'PKH', 1);
  await matrix.expectCount('4.1.1', 'TKSK', 1);
  await expect(page.locator('.matrix-table')).toContainText('Mengajari transaksi offline');

  // One table per role, each with its own rows.
  await app.tab('Ekspor tabel').click();
  await page.locator('select[name="mode"]').selectOption('quotes');
  await page.locator('select[name="format"]').selectOption('csv');
  await app.chooseCsvKind('standard');
  const csvs = await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 3);
  const fasilitator = csvs.get('tabel-3.csv')!.split('\r\n');
  expect(fasilitator[0]).toBe('Kode,Uraian,Pendamping PKH,TKSK');
  expect(fasilitator[1]).toMatch(/^4\.3\.1,Mendampingi pencairan di e-Warong,"“Saat pencairan kami mendampingi KPM ke e-Warong” \(P\d\d, FGD Sukamaju\)",$/);
  expect(fasilitator.filter((l) => l !== '')).toHaveLength(4);
  expect(csvs.get('tabel-1.csv')!.split('\r\n')).toContain('4.1.3,Memetakan kebutuhan KPM › Data DTKS,,');

  // Moving a code to another role takes its segment along.
  await app.tab('Buku kode').click();
  await page.getByLabel('Kode milik peran').selectOption({ label: '4.1 Perencana (3)' });
  await page.getByLabel('Pindahkan 4.1.1 ke peran lain').selectOption({ label: '4.2 Mediator' });
  await expect(page.getByLabel('Nama 4.1.1 (Indonesia)')).toHaveValue('Memetakan kebutuhan KPM');
  await app.tab('Matriks').click();
  await matrix.expectCount('4.2.2', 'TKSK', 1);
  await expect(page.locator('.matrix-table')).toContainText('Menyusun jadwal pertemuan');

  // Removing that code asks where its segment goes; uncoded, it leaves the matrix, and "Urungkan" brings both back.
  await app.tab('Buku kode').click();
  await page.getByLabel('Kode milik peran').selectOption({ label: '4.2 Mediator (2)' });
  await page.getByRole('button', { name: 'Hapus 4.2.2' }).click();
  const choice = page.getByRole('group', { name: 'Menghapus 4.2.2' });
  await expect(choice).toContainText('1 segmen memakai kode 4.2.2.');
  await expect(choice.getByRole('combobox')).toContainText('gabungkan ke 4.2.1 Menengahi pengurus dan KPM');
  await choice.getByRole('combobox').selectOption({ label: 'lepaskan kodenya (segmen tanpa kode lain dihapus)' });
  await choice.getByRole('button', { name: 'Hapus 4.2.2' }).click();
  await expect(page.getByLabel('Nama 4.2.2 (Indonesia)')).toHaveCount(0);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByLabel('Nama 4.2.2 (Indonesia)')).toHaveValue('Menyusun jadwal pertemuan');
  await app.tab('Matriks').click();
  await matrix.expectCount('4.2.2', 'TKSK', 1);
});
