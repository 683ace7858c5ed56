/**
 * Asking the data, as a researcher coming from NVivo or QualCoder would: search every
 * session and read the keyword-in-context lines, open one in its transcript, code every
 * hit in one step (and take it back), save the hits; read a word-frequency table by
 * assistant type and go from a word to its lines; read a co-occurrence count and the
 * statements behind it.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '../../shared/formats/csv.ts';
import { codedSampleStudy, MatrixScreen } from './pages.ts';

async function codedStudy(page: Page, title: string) {
  const { app } = await codedSampleStudy(page, title);
  await app.tab('Telusuri').click();
  return app;
}

test('a search across the study reads in context, opens its place, codes every hit and is saved', async ({ page }) => {
  const app = await codedStudy(page, 'Studi telusur');
  const query = page.getByLabel('Cari di semua sesi');
  const lines = page.locator('.kwic-table tbody tr');

  // The forms of a word: "mendampingi" also finds Bu Rina's "pendamping" and the moderator's "pendamping".
  await query.fill('mendampingi');
  await expect(page.getByText(/^\d+ hasil di 1 sesi$/)).toBeVisible();
  await expect(lines.locator('mark')).toContainText(['pendamping', 'mendampingi']);
  const withForms = await lines.count();
  await page.getByLabel('Temukan bentuk kata (mendampingi → pendamping, didampingi)').uncheck();
  // Only the word as written: Bu Sari says it twice.
  await expect(lines.locator('mark')).toHaveText(['mendampingi', 'mendampingi']);
  await page.getByLabel('Temukan bentuk kata (mendampingi → pendamping, didampingi)').check();
  await expect(lines).toHaveCount(withForms);

  // A phrase, filtered to one assistant type.
  await query.fill('"usulan desa"');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('Pak Dedi');
  await query.fill('data');
  await page.getByRole('group', { name: 'Saring hasil' }).getByLabel('Jenis pendamping').selectOption({ label: 'TKSK' });
  await expect(page.getByText('2 hasil di 1 sesi')).toBeVisible();
  await expect(lines.first()).toContainText('Pak Dedi');

  // Every hit coded in one step, counted in the matrix, then taken back.
  await page.locator('select[name="code"]').selectOption('4.1.5');
  await page.getByRole('button', { name: 'Kodekan semua hasil (2)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kode 4.1.5 diterapkan pada 2 hasil.' })).toBeVisible();
  await app.tab('Matriks').click();
  const matrix = new MatrixScreen(page);
  await matrix.expectCount('4.1.5', 'TKSK', 2);
  await app.tab('Telusuri').click();
  await query.fill('data');
  await page.getByRole('group', { name: 'Saring hasil' }).getByLabel('Jenis pendamping').selectOption({ label: 'TKSK' });
  await page.locator('select[name="code"]').selectOption('4.1.6');
  await lines.first().getByRole('button', { name: 'Kodekan "data" dengan 4.1.6' }).click();
  await page.getByRole('button', { name: 'Urungkan pengodean' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pengodean dengan 4.1.6 dibatalkan.' })).toBeVisible();
  await app.tab('Matriks').click();
  await matrix.expectCount('4.1.5', 'TKSK', 2);
  await matrix.expectCount('4.1.6', 'TKSK', 0);

  // The hits saved as CSV, names as the study exports them (pseudonyms).
  await app.tab('Telusuri').click();
  await query.fill('pembukuan');
  const csv = (await app.download(page.getByRole('button', { name: 'Ekspor hasil (CSV)' }), 1)).get('hasil-pencarian.csv')!;
  const rows = readCsv(csv, 'hasil-pencarian.csv', { required: ['session', 'time', 'speaker', 'assistant_type', 'site', 'left', 'keyword', 'right'] });
  expect(rows.map((r) => [r.values.keyword, r.values.assistant_type, r.values.time])).toEqual([['pembukuan', 'PKH', '00:06:10']]);
  expect(rows[0]!.values.speaker).toMatch(/^P\d\d$/);

  // A hit opens its turn in the transcript.
  await lines.first().getByRole('link', { name: 'Buka' }).click();
  await expect(page.locator('.turn-highlighted')).toContainText('Kami juga mengajari pengurus KUBE membuat pembukuan sederhana');
});

test('word frequencies by assistant type lead to a word’s lines; a co-occurrence count opens its statements; every memo is in one list', async ({ page }) => {
  await codedStudy(page, 'Studi frekuensi');
  await page.getByRole('button', { name: 'Frekuensi kata' }).click();
  const table = page.locator('.frequency-table');
  await expect(table.locator('thead')).toContainText('Pendamping PKH');
  await expect(table.locator('thead')).toContainText('TKSK');
  // Fillers and function words are left out; kept on request.
  await expect(table.getByRole('button', { name: 'yang', exact: true })).toHaveCount(0);
  await page.getByLabel('Buang kata umum dan pengisi (yang, dan, eh, ya, nggak…)').uncheck();
  await expect(table.getByRole('button', { name: 'yang', exact: true })).toBeVisible();
  await page.getByLabel('Buang kata umum dan pengisi (yang, dan, eh, ya, nggak…)').check();
  const data = table.locator('tbody tr').filter({ has: page.getByRole('button', { name: 'data', exact: true }) });
  await expect(data).toBeVisible();
  await data.getByRole('button', { name: 'data', exact: true }).click();
  await expect(page.getByLabel('Cari di semua sesi')).toHaveValue('data');
  await expect(page.locator('.kwic-table tbody tr').first().locator('mark')).toHaveText(/^data$/i);

  await page.getByRole('button', { name: 'Kemunculan bersama' }).click();
  await page.getByLabel('Dihitung per').selectOption({ label: 'segmen (dua kode pada satu segmen)' });
  // Bu Sari's statement is coded 4.3.7 and 4.4.7 on one segment.
  await page.getByRole('button', { name: '4.3.7 dan 4.4.7: 1' }).click();
  await expect(page.getByRole('region', { name: 'Pernyataan 4.3.7 dan 4.4.7' })).toContainText('Kami dorong supaya hasil usaha anggota PKH bisa dijual di warung mereka sendiri.');

  // Every memo in one place: the two segment memos of koding.csv, one found by its speaker's name.
  await page.getByRole('button', { name: 'Memo', exact: true }).click();
  await page.locator('select[name="kind"]').selectOption('segment');
  await expect(page.locator('.memo-list li')).toHaveCount(2);
  await page.locator('.memo-view input[name="text"]').fill('hendra');
  await expect(page.locator('.memo-list li')).toHaveCount(1);
  await expect(page.locator('.memo-list li')).toContainText('Pandangan Dinas Sosial tentang TKSK');
  await page.locator('.memo-list li').getByRole('link', { name: 'Buka' }).click();
  await expect(page.locator('.turn-highlighted')).toContainText('Memang TKSK yang paling sering kami minta');
});

test('the matrix and the tables compare codes by an attribute of the study’s own, imported with the participants', async ({ page }) => {
  const app = await codedStudy(page, 'Studi atribut');
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-atribut-')), 'peserta-atribut.csv');
  writeFileSync(file, 'label,assistant_type,jenis kelamin\nBu Sari,PKH,perempuan\nPak Dedi,TKSK,laki-laki\nBu Rina,PKH,perempuan\nPak Joko,TKSK,laki-laki\n');
  await app.importParticipants(file);
  await expect(page.getByRole('status')).toContainText('peserta-atribut.csv diimpor. Atribut peserta: jenis kelamin.');
  await expect(page.getByLabel('jenis kelamin Bu Rina')).toHaveValue('perempuan');

  await app.tab('Matriks').click();
  await page.getByLabel('Bandingkan menurut').selectOption({ label: 'jenis kelamin' });
  await expect(page.locator('.matrix-table thead')).toContainText('laki-laki');
  const matrix = new MatrixScreen(page);
  // Pak Dedi and Pak Hendra (set to TKSK by hand) coded 4.1.2 for TKSK; by sex only Pak Dedi counts, Pak Hendra has no value.
  await matrix.expectCount('4.1.2', 'laki-laki', 1);
  await matrix.expectCount('4.1.2', 'perempuan', 1);
  await matrix.cell('4.1.2', 'laki-laki').click();
  await expect(page.getByText('Ringkasan dan kutipan pilihan ditulis untuk sel menurut jenis pendamping')).toBeVisible();

  await app.tab('Ekspor tabel').click();
  await page.locator('select[name="compareBy"]').selectOption({ label: 'Lokasi' });
  await expect(page.locator('select[name="mode"]')).toHaveValue('quotes');
  await page.locator('select[name="format"]').selectOption('csv');
  await app.chooseCsvKind('standard');
  const csvs = await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 4);
  expect(csvs.get('tabel-1.csv')!.split('\r\n')[0]).toBe('Kode,Agenda,Desa Mekarsari,Kabupaten,Kecamatan Cibeureum,Kecamatan Sukamaju');
});
