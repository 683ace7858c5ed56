/**
 * Analysis across the study: the codebook edited while segments follow their codes, the
 * segments view filtered and exported, exemplar quotes chosen in the matrix, and every
 * table format saved from the export screen.
 */
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codedSampleStudy, MatrixScreen, SessionScreen } from './pages.ts';

const JOKO = 'Waktu ada perselisihan antara pengurus e-Warong dan KPM soal kualitas telur, saya yang menengahi.';

test('a researcher reorders, renames and merges roles; segments keep their codes, and the codebook goes out as CSV and .qdc', async ({ page }) => {
  const { app } = await codedSampleStudy(page, 'Studi buku kode');
  await app.tab('Buku kode').click();
  const matrix = page.locator('.code-memos');
  await expect(matrix.getByRole('button', { name: /^4\.2\.3/ })).toContainText('(1)');

  // Mediator moves below Educator: the mediator's segment is now coded 4.3.3.
  await page.getByRole('button', { name: 'Turunkan 4.2.*' }).click();
  await expect(page.getByLabel('Nama 4.3.* (Indonesia)')).toHaveValue('Mediator');
  await expect(matrix.getByRole('button', { name: /^4\.3\.3/ })).toContainText('(1)');

  // Educator (now 4.2) is renamed; a fifth role is added.
  await page.getByLabel('Nama 4.2.* (Indonesia)').fill('Edukator');
  await page.getByLabel('Nama 4.2.* (Indonesia)').blur();
  await page.getByLabel('Nama peran baru', { exact: true }).fill('Motivator');
  await page.getByRole('button', { name: 'Tambah peran' }).click();
  await expect(page.getByLabel('Nama 4.5.* (Indonesia)')).toHaveValue('Motivator');

  // Removing Mediator asks where its segment goes; merged into Broker it becomes 4.1.3.
  await page.getByRole('button', { name: 'Hapus 4.3.*' }).click();
  const choice = page.getByRole('group', { name: 'Menghapus 4.3.*' });
  await expect(choice).toContainText('1 segmen memakai kode peran 4.3.*.');
  await choice.getByRole('combobox').selectOption({ label: 'gabungkan ke 4.1.* Broker' });
  await choice.getByRole('button', { name: 'Hapus 4.3.*' }).click();
  await expect(page.getByLabel('Nama 4.3.* (Indonesia)')).toHaveValue('Facilitator');
  await expect(matrix.getByRole('button', { name: /^4\.1\.3/ })).toContainText('(2)');

  // A working definition on a code.
  await matrix.getByRole('button', { name: /^4\.1\.3/ }).click();
  await page.getByLabel('Memo kode 4.1.3').fill('Termasuk menengahi pengurus dan KPM.');
  await page.getByLabel('Memo kode 4.1.3').blur();
  await expect(matrix.getByRole('button', { name: /^4\.1\.3/ }).getByLabel('ada memo')).toBeVisible();

  await app.chooseCsvKind('standard');
  const csv = (await app.download(page.getByRole('button', { name: 'Ekspor CSV' }), 1)).get('buku-kode.csv')!;
  expect(csv.split('\r\n')[0]).toBe('code,role,agenda,label_id,label_en,description,color,memo');
  expect(csv).toContain('4.2.*,Edukator,,Edukator,Educator,');
  expect(csv).toContain('Termasuk menengahi pengurus dan KPM.');
  const qdc = (await app.download(page.getByRole('button', { name: 'Ekspor REFI-QDA (.qdc)' }), 1)).get('buku-kode.qdc')!;
  expect(qdc).toContain('name="4.4 Motivator" isCodable="false"');

  // A codebook file that would drop a code in use is refused, naming the file and the code.
  const small = join(mkdtempSync(join(tmpdir(), 'telaah-kb-')), 'kecil.csv');
  writeFileSync(small, 'code,role,agenda\n4.1.1,Broker,Bansos\n');
  await app.chooseFile(page.getByRole('button', { name: 'Impor buku kode…' }), small);
  await expect(page.getByRole('alert')).toContainText(/kecil\.csv: kode 4\.\d\.\d dipakai \d+ segmen tetapi tidak ada di buku kode ini/);
  await expect(page.getByLabel('Nama 4.2.* (Indonesia)')).toHaveValue('Edukator');

  // In the transcript, Pak Joko's statement now carries the merged code.
  await app.tab('Sesi FGD').click();
  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  const session = new SessionScreen(page);
  await session.turn('Pak Joko', JOKO.slice(0, 40));
  await expect(session.segment(JOKO).locator('.code-chip')).toHaveText(/^4\.1\.3/);
});

test('the segments view filters across sessions, jumps to the transcript and saves the filtered list', async ({ page }) => {
  const { app } = await codedSampleStudy(page, 'Studi segmen');
  await app.tab('Segmen').click();
  const rows = page.locator('.segments-table [data-segment-id]');
  await expect(rows.first()).toBeVisible();
  // Only the rows near the viewport are in the page; the count says how many there are.
  const count = page.locator('.segments-panel [aria-live="polite"]');
  await expect(count).toHaveText(/^(\d+) dari \1 segmen$/);
  expect(Number((await count.textContent())!.split(' ')[0])).toBeGreaterThan(10);

  const filters = page.getByRole('group', { name: 'Saring segmen' });
  await filters.getByLabel('Peran').selectOption({ label: '4.3 Educator' });
  await filters.getByLabel('Jenis pendamping').selectOption({ label: 'TKSK' });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Saya mengajari pengurus e-Warong cara transaksi offline');
  await expect(rows.first()).toContainText('Pak Dedi');
  await app.chooseCsvKind('standard');
  const csv = (await app.download(page.getByRole('button', { name: 'Ekspor daftar (CSV)' }), 1)).get('segmen.csv')!;
  const lines = csv.trim().split('\r\n');
  expect(lines[0]).toBe('session,speaker,assistant_type,code,text,memo,start,end,coder,site,session_date');
  expect(lines).toHaveLength(2);
  // The saved list names participants by pseudonym (Pak Dedi is P03), as the study's exports do.
  expect(lines[1]).toMatch(/^FGD Sukamaju,P03,,4\.3\.8,Saya mengajari pengurus e-Warong/);

  await page.getByRole('button', { name: 'Hapus saringan' }).click();
  await filters.getByLabel('Teks').fill('KUALITAS telur');
  await expect(rows).toHaveCount(1);
  await rows.first().getByRole('link', { name: 'Buka' }).click();
  await expect(page.locator('.turn-highlighted')).toContainText(JOKO);
});

test('exemplar quotes chosen and ordered in a cell fill the tables and mark it, every format is saved from the export screen, and the export keeps its choices', async ({ page }) => {
  const { app } = await codedSampleStudy(page, 'Studi kutipan');
  await app.tab('Matriks').click();
  const matrix = new MatrixScreen(page);
  await matrix.cell('4.1.2', 'TKSK').click();
  const detail = page.getByRole('complementary', { name: /4\.1\.2/ });
  const quotes = detail.locator('.quote-list li');
  await expect(quotes).toHaveCount(2);
  const [first, second] = [(await quotes.nth(0).locator('q').textContent())!, (await quotes.nth(1).locator('q').textContent())!];
  const quote = (text: string) => quotes.filter({ hasText: text.slice(0, 30) });
  // The second quote is marked first, then the first one; exemplars are listed in their order.
  await quote(second).getByRole('checkbox').click();
  await expect(quote(second)).toContainText('Kutipan pilihan ke-1');
  await quote(first).getByRole('checkbox').click();
  await expect(quote(first)).toContainText('Kutipan pilihan ke-2');
  await expect(quotes.first().locator('q')).toHaveText(second);
  // Moving the later one up puts it first.
  await detail.getByRole('button', { name: 'Naikkan kutipan pilihan ke-2' }).click();
  await expect(quotes.first().locator('q')).toHaveText(first);
  await expect(quote(first)).toContainText('Kutipan pilihan ke-1');
  const firstExemplar = first;

  // The cell is marked as having exemplar quotes, beside its count.
  await detail.getByRole('button', { name: 'Tutup' }).click();
  await expect(matrix.cell('4.1.2', 'TKSK')).toHaveAttribute('aria-label', /2 kutipan pilihan/);

  await app.tab('Ekspor tabel').click();
  await page.locator('select[name="mode"]').selectOption('exemplars');
  await page.locator('select[name="format"]').selectOption('md');
  const md = (await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 1)).get('tabel.md')!;
  const cell = md.split('\n').find((l) => l.startsWith('| 4.1.2 |'))!;
  const tksk = cell.split(' | ')[3]!;
  expect(tksk.indexOf(`“${firstExemplar.slice(0, 25)}`)).toBe(0);
  expect(tksk).toContain(second.slice(0, 25));

  await page.locator('select[name="mode"]').selectOption('summary+exemplars');
  const files = {
    html: (await (async () => (await page.locator('select[name="format"]').selectOption('html'), app.download(page.getByRole('button', { name: 'Simpan berkas' }), 1)))()).get('tabel.html')!,
    tex: (await (async () => (await page.locator('select[name="format"]').selectOption('tex'), app.download(page.getByRole('button', { name: 'Simpan berkas' }), 1)))()).get('tabel.tex')!,
  };
  expect(files.html.match(/<table>/g)).toHaveLength(4);
  expect(files.html).toContain('Tabel 4.1 Peran Pendamping Sosial sebagai Broker');
  expect(files.tex.match(/\\begin\{tabularx\}/g)).toHaveLength(4);
  await page.locator('select[name="format"]').selectOption('csv');
  await app.chooseCsvKind('standard');
  const csvs = await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 4);
  expect([...csvs.keys()].sort()).toEqual(['tabel-1.csv', 'tabel-2.csv', 'tabel-3.csv', 'tabel-4.csv']);
  expect(csvs.get('tabel-1.csv')).toContain(firstExemplar.slice(0, 25));
  // The same four tables as one download, for a browser that asks before allowing several.
  const zip = unzipSync(await app.downloadBytes(page.getByRole('button', { name: 'Simpan sebagai satu .zip' }), 'tabel-csv.zip'));
  expect(Object.keys(zip).sort()).toEqual(['tabel-1.csv', 'tabel-2.csv', 'tabel-3.csv', 'tabel-4.csv']);
  expect(strFromU8(zip['tabel-1.csv']!)).toBe(csvs.get('tabel-1.csv'));
  await page.locator('select[name="format"]').selectOption('docx');
  const docx = strFromU8(unzipSync(await app.downloadBytes(page.getByRole('button', { name: 'Simpan berkas' }), 'tabel.docx'))['word/document.xml']!);
  expect(docx).toContain(firstExemplar.slice(0, 25).replace(/&/g, '&amp;'));
  await page.locator('select[name="format"]').selectOption('xlsx');
  const xlsx = unzipSync(await app.downloadBytes(page.getByRole('button', { name: 'Simpan berkas' }), 'tabel.xlsx'));
  expect(Object.keys(xlsx).filter((n) => n.startsWith('xl/worksheets/sheet'))).toHaveLength(5);

  // The export keeps its choices for this study: after another tab and after a reload.
  await app.tab('Matriks').click();
  await app.tab('Ekspor tabel').click();
  await expect(page.locator('select[name="mode"]')).toHaveValue('summary+exemplars');
  await page.reload();
  await expect(page.locator('select[name="format"]')).toHaveValue('xlsx');
  await expect(page.locator('select[name="mode"]')).toHaveValue('summary+exemplars');
});
