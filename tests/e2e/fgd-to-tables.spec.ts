/**
 * The whole path a researcher takes: a study, an FGD session with its participants and
 * transcript, coding statements with the mouse and the keyboard, the PKH × TKSK matrix,
 * a cell summary, and the four published tables in every mode.
 */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { fixturePath, MatrixScreen, SessionScreen, Telaah } from './pages.ts';

const SARI = 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.';
const DEDI = 'saya yang menjadi penghubung antara kecamatan, desa, dan Dinas Sosial';
const HENDRA = 'Memang TKSK yang paling sering kami minta memeriksa usulan data dari desa';
const BUKU = 'Kami juga mengajari pengurus KUBE membuat pembukuan sederhana';

test('a researcher goes from an FGD transcript to the published comparison tables', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const matrix = new MatrixScreen(page);

  await app.open();
  await app.createStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019);

  await app.importParticipants(fixturePath('peserta.csv'));
  await expect(page.getByRole('status').filter({ hasText: 'peserta.csv diimpor.' })).toBeVisible();
  await expect(page.locator('tr[data-participant]')).toHaveCount(6);
  await expect(page.locator('tr[data-participant="Pak Dedi"]').getByLabel('Jenis pendamping')).toHaveValue('TKSK');

  await app.addSession('FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await expect(page.getByRole('status').filter({ hasText: 'fgd-sukamaju.txt diimpor: 26 giliran bicara.' })).toBeVisible();
  await expect(await session.turn('Bu Sari', 'Saya Sari, pendamping PKH')).toBeVisible();

  // One PKH statement, one TKSK statement, and a Dinas Sosial officer's statement about TKSK.
  await session.selectText(await session.turn('Bu Sari', SARI), SARI);
  await session.applyCodeWithMouse('4.1.1');
  await session.selectText(await session.turn('Pak Dedi', DEDI), DEDI);
  await session.applyCodeWithMouse('4.1.1');
  await session.selectText(await session.turn('Pak Hendra', HENDRA), HENDRA);
  await session.applyCodeWithMouse('4.1.2');
  const hendra = session.segment(HENDRA);
  await expect(hendra.getByLabel('Jenis')).toHaveValue('');
  await hendra.getByLabel('Jenis').selectOption('TKSK');
  // A fourth, coded from the keyboard by typing words of the label.
  await session.selectText(await session.turn('Bu Sari', BUKU), BUKU);
  await session.applyCodeByTyping('educator keuangan', '4.3.5');

  await expect((await session.turn('Bu Sari', SARI)).locator('mark.seg')).toHaveText(SARI);
  await expect(session.segment(SARI).locator('.code-chip')).toHaveText(['4.1.1×']);
  await session.waitUntilSaved();

  await page.getByRole('link', { name: 'Peran Pendamping Sosial dalam e-Warong KUBE' }).click();
  await app.tab('Matriks').click();
  await matrix.expectCount('4.1.1', 'PKH', 1);
  await matrix.expectCount('4.1.1', 'TKSK', 1);
  await matrix.expectCount('4.1.2', 'TKSK', 1);
  await matrix.expectCount('4.1.2', 'PKH', 0);
  await matrix.expectCount('4.3.5', 'PKH', 1);
  await matrix.expectCount('4.3.5', 'TKSK', 0);

  await matrix.cell('4.1.2', 'TKSK').click();
  await expect(page.locator('.quote-list li')).toHaveCount(1);
  await expect(page.locator('.quote-list li')).toContainText('Pak Hendra · Kabupaten · FGD Sukamaju');
  await matrix.cell('4.1.1', 'PKH').click();
  const summary = 'Mendampingi KPM saat pencairan di e-Warong agar bantuan diterima utuh.';
  await page.getByLabel('Ringkasan sel').fill(summary);
  await expect(page.getByLabel('Ringkasan sel')).toHaveValue(summary);
  // Another cell opened at once, before the summary's pause: the summary is still written.
  await matrix.cell('4.1.2', 'TKSK').click();
  await matrix.cell('4.1.1', 'PKH').click();
  await expect(page.getByLabel('Ringkasan sel')).toHaveValue(summary);

  // The evidence leads back to its place in the transcript.
  await page.locator('.quote-list').getByRole('link', { name: 'Buka di transkrip' }).click();
  await expect(page.locator('.turn-highlighted')).toContainText(SARI);
  await page.goBack();

  await app.tab('Ekspor tabel').click();
  await page.locator('select[name="format"]').selectOption('csv');
  await app.chooseCsvKind('standard');
  const summaries = await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 4);
  expect([...summaries.keys()].sort()).toEqual(['tabel-1.csv', 'tabel-2.csv', 'tabel-3.csv', 'tabel-4.csv']);
  const broker = summaries.get('tabel-1.csv')!.split('\r\n');
  expect(broker[0]).toBe('Kode,Agenda,Pendamping PKH,TKSK');
  expect(broker[1]).toBe(`4.1.1,"Penanggung jawab di lapangan untuk program bantuan sosial (PKH, Bantuan Pangan Non Tunai, Subsidi Gas, Subsidi Pupuk, BLSM, dan lain-lain)",${summary},`);
  expect(broker).toHaveLength(10);

  await page.locator('select[name="mode"]').selectOption('quotes');
  await page.locator('select[name="format"]').selectOption('md');
  // Participants appear by pseudonym unless the study chooses labels: Bu Sari is P02, Pak Dedi P03, Pak Hendra P04.
  await expect(page.getByLabel('Pseudonim (P01, P02…)')).toBeChecked();
  await expect(page.locator('pre[data-file="tabel.md"]')).toContainText(`“${SARI}” (P02, FGD Sukamaju)`);
  const quotes = (await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 1)).get('tabel.md')!;
  expect(quotes).toContain('**Tabel 4.1 Peran Pendamping Sosial sebagai Broker**');
  expect(quotes).toContain(`| 4.1.1 | Penanggung jawab di lapangan untuk program bantuan sosial (PKH, Bantuan Pangan Non Tunai, Subsidi Gas, Subsidi Pupuk, BLSM, dan lain-lain) | “${SARI}” (P02, FGD Sukamaju) | “${DEDI}” (P03, FGD Sukamaju) |`);
  expect(quotes).toContain(`| 4.1.2 | Mensinergikan data keluarga penerima manfaat bersama Dinas Sosial Kab/Kota |  | “${HENDRA}” (P04, FGD Sukamaju) |`);
  expect(quotes).not.toMatch(/Bu Sari|Pak Dedi|Pak Hendra|Sari|Dedi|Hendra/);
  await page.getByLabel('Label seperti di transkrip').check();
  await expect(page.locator('pre[data-file="tabel.md"]')).toContainText(`“${SARI}” (Bu Sari, FGD Sukamaju)`);
  await page.getByLabel('Pseudonim (P01, P02…)').check();
  await expect(page.locator('pre[data-file="tabel.md"]')).toContainText(`“${SARI}” (P02, FGD Sukamaju)`);
  expect(quotes).toContain('Sumber: Hasil Penelitian, 2019');

  await page.locator('select[name="mode"]').selectOption('counts');
  await page.locator('select[name="format"]').selectOption('html');
  await page.locator('select[name="lang"]').selectOption('en');
  await expect(page.locator('.preview-html figcaption').first()).toHaveText('Table 4.1 Role of Social Assistants as Broker');
  const counts = (await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 1)).get('tabel.html')!;
  expect(counts.match(/<table>/g)).toHaveLength(4);
  expect(counts).toContain('<tr><td>4.3.5</td><td>Financial management (cash flow, profit and loss, financial analysis, etc.)</td><td>1</td><td>0</td></tr>');
  expect(counts).toContain('Source: research results, 2019');

  // Word and Excel, numbered for a thesis chapter, only two roles, quotes without attribution.
  await page.locator('select[name="mode"]').selectOption('quotes');
  await page.locator('select[name="lang"]').selectOption('id');
  await page.locator('input[name="numberPrefix"]').fill('4.');
  await page.locator('input[name="tableStart"]').fill('5');
  await page.getByLabel('Kutipan dengan (pembicara, sesi)').uncheck();
  await page.getByLabel('Mediator', { exact: true }).uncheck();
  await page.getByLabel('Facilitator', { exact: true }).uncheck();
  await page.locator('select[name="format"]').selectOption('docx');
  await expect(page.locator('.preview-html figcaption')).toHaveText(['Tabel 4.5 Peran Pendamping Sosial sebagai Broker', 'Tabel 4.6 Peran Pendamping Sosial sebagai Educator']);
  const docx = await app.downloadBytes(page.getByRole('button', { name: 'Simpan berkas' }), 'tabel.docx');
  const documentXml = strFromU8(unzipSync(docx)['word/document.xml']!);
  expect(documentXml.match(/<w:tbl>/g)).toHaveLength(2);
  expect(documentXml).toContain('Tabel 4.5 Peran Pendamping Sosial sebagai Broker');
  expect(documentXml).toContain(SARI);
  expect(documentXml).not.toContain('(Bu Sari, FGD Sukamaju)');
  await page.locator('select[name="format"]').selectOption('xlsx');
  const xlsx = await app.downloadBytes(page.getByRole('button', { name: 'Simpan berkas' }), 'tabel.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.buffer as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tabel 4.5', 'Tabel 4.6', 'Ringkasan jumlah']);
  expect(workbook.getWorksheet('Tabel 4.5')!.getCell('C3').value).toBe(`“${SARI}”`);

  // A thesis may word captions and source lines its own way.
  await page.locator('input[name="captionTemplate"]').fill('Tabel {n}. Peran {role} pada e-Warong KUBE');
  await page.locator('input[name="footerTemplate"]').fill('Sumber: data FGD {year}');
  await page.locator('select[name="format"]').selectOption('html');
  await expect(page.locator('.preview-html figcaption').first()).toHaveText('Tabel 4.5. Peran Broker pada e-Warong KUBE');
  await expect(page.locator('.preview-html .source').first()).toHaveText('Sumber: data FGD 2019');

  // Everything is stored: after a reload the matrix and the summary are still there.
  await app.tab('Matriks').click();
  await page.reload();
  await matrix.expectCount('4.1.2', 'TKSK', 1);
  await matrix.cell('4.1.1', 'PKH').click();
  await expect(page.getByLabel('Ringkasan sel')).toHaveValue(summary);
  expect(errors).toEqual([]);
});
