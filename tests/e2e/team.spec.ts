/** Two coders: one codes in the app, the other's project file comes in; agreement, comparison and a settled disagreement. */
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import { asNewStudy } from '../../shared/project-copy.ts';
import { axeViolations } from './axe.ts';
import { fixturePath, MatrixScreen, SessionScreen, Telaah } from './pages.ts';

const SARI = 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.';
const DEDI = 'saya yang menjadi penghubung antara kecamatan, desa, dan Dinas Sosial';

test('a second coder’s file comes in beside the first; the team reads the agreement, compares a session and settles a disagreement', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi tim', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));

  // The app asks who is coding; Ani codes two statements.
  const coderBar = page.getByRole('group', { name: 'Pengode' });
  await coderBar.getByLabel('nama pengode baru').fill('Ani');
  await coderBar.getByLabel('nama pengode baru').press('Enter');
  await expect(coderBar.getByLabel('Pengode', { exact: true })).toHaveValue('Ani');
  await session.selectText(await session.turn('Bu Sari', SARI), SARI);
  await session.applyCodeWithMouse('4.1.1');
  await session.selectText(await session.turn('Pak Dedi', DEDI), DEDI);
  await session.applyCodeWithMouse('4.1.1');
  await session.waitUntilSaved();
  // A second "Ani" typed with a Cyrillic "А" would split her work in two: it is refused, saying why.
  await coderBar.getByLabel('nama pengode baru').fill('\u0410ni');
  await coderBar.getByLabel('nama pengode baru').press('Enter');
  await expect(coderBar.getByRole('alert')).toContainText('mirip pengode "Ani"');
  await expect(coderBar.getByLabel('Pengode', { exact: true })).toHaveValue('Ani');

  // A second FGD that only Ani codes: the team compares only the sessions both have coded.
  await page.getByRole('link', { name: 'Studi tim' }).click();
  await app.addSession('FGD Mekarsari');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await session.selectText(await session.turn('Bu Sari', SARI), SARI);
  await session.applyCodeWithMouse('4.1.1');
  await session.waitUntilSaved();

  // Budi coded his own copy of the study: the same first statement, the second as 4.2.1, nothing in FGD Mekarsari.
  await page.getByRole('link', { name: 'Studi tim' }).click();
  await app.tab('Tim pengode').click();
  await expect(page.locator('.coder-list')).toContainText('Ani');
  // One coder: agreement needs a second, and the tab says how to get one.
  await expect(page.getByText('Kesepakatan antarpengode butuh pengode kedua.')).toBeVisible();
  const mine = (await app.download(page.getByRole('button', { name: 'Ekspor pekerjaan saya (file proyek)…' }), 1)).values().next().value!;
  const ani = parseProjectFile(mine, 'ani.telaah.json');
  const budi = asNewStudy(ani, ani.study.title);
  const mekarsari = budi.sessions.find((x) => x.title === 'FGD Mekarsari')!.id;
  budi.segments = budi.segments.filter((s) => s.sessionId !== mekarsari).map((s) => ({ ...s, coder: 'Budi', codes: s.text.startsWith('saya yang menjadi') ? ['4.2.1'] : s.codes }));
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-team-')), 'studi-tim-budi.telaah.json');
  writeFileSync(file, writeProjectFile(budi));
  await app.chooseFile(page.getByRole('button', { name: 'Impor pekerjaan pengode lain…' }), file);
  await expect(page.getByRole('status').filter({ hasText: 'studi-tim-budi.telaah.json diimpor' })).toBeVisible();
  await expect(page.locator('.coder-list')).toContainText('Budi');

  // Agreement: one of the two statements agrees; the overall row shows its units and figures,
  // with Ani's statement in FGD Mekarsari left out.
  await expect(page.getByText('1 sesi lain belum dikode oleh kedua pengode, jadi tidak dibandingkan.')).toBeVisible();
  const overall = page.locator('tr[data-agreement="overall"]');
  await expect(overall).toContainText('Keseluruhan');
  await expect(overall).toContainText(/\d+ \(3 dikode\)/);
  // Figures written as Indonesian writes numbers: a decimal comma, never a point.
  await expect(overall).toContainText(/\d,\d{3}/);
  await expect(overall).not.toContainText(/\d\.\d/);
  await expect(page.getByText('Kesepakatan antarpengode butuh pengode kedua.')).toBeHidden();
  await page.getByLabel('Tampilkan').selectOption('code');
  await expect(page.locator('tr[data-agreement="4.1.1"]')).toContainText('⚠');
  const report = join(mkdtempSync(join(tmpdir(), 'telaah-team-')), 'laporan.xlsx');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Laporan Excel' }).click();
  await (await download).saveAs(report);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(report).buffer as ArrayBuffer);
  expect(workbook.worksheets[0]!.getCell('A2').value).toContain('Pengode: Ani dan Budi');

  await page.getByLabel('Warna Budi').fill('#15803d');
  // The comparison shows the disagreement; the team keeps Budi's code.
  await expect(page.locator('.compare-sessions')).toContainText('2 ketidaksepakatan belum diputuskan');
  await expect(page.locator('.compare-sessions')).not.toContainText('FGD Mekarsari');
  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  await expect(page.getByRole('heading', { name: 'FGD Sukamaju: Ani dan Budi' })).toBeVisible();
  // What a screen reader meets on the comparison, in both languages.
  const language = page.getByRole('group', { name: /^(Bahasa|Language)$/ });
  expect(await axeViolations(page)).toEqual([]);
  await language.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('heading', { name: 'FGD Sukamaju: Ani and Budi' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await language.getByRole('button', { name: 'ID' }).click();
  // Budi's colour, chosen on the team tab, marks his segments.
  await expect(page.locator('.legend .by-b')).toHaveCSS('background-color', 'rgba(21, 128, 61, 0.2)');
  const settle = page.getByRole('group', { name: 'Putuskan 4.2.1' });
  await settle.getByRole('button', { name: 'Pakai Budi' }).click();
  await expect(settle.getByRole('button', { name: 'Pakai Budi' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('1 ketidaksepakatan belum diputuskan')).toBeVisible();
  await page.getByRole('button', { name: 'Masukkan semua kesepakatan ke Konsensus' }).click();
  await page.getByRole('link', { name: 'Kembali ke tim pengode' }).click();
  await expect(page.locator('.coder-list')).toContainText('Konsensus 2 segmen');

  // The matrix now counts the consensus, so no statement is counted twice; all coders on request.
  await app.tab('Matriks').click();
  const matrix = new MatrixScreen(page);
  await expect(page.locator('select[name="counted"]')).toHaveValue('Konsensus');
  // The switch is said where it changes the counts, with how many statements it leaves out.
  await expect(page.locator('.counted-coder').getByRole('status')).toHaveText(/^Otomatis: sejak ada Konsensus, hanya segmen Konsensus yang dihitung \(2 dari \d+ segmen\)/);
  await matrix.expectCount('4.1.1', 'PKH', 1);
  await matrix.expectCount('4.2.1', 'TKSK', 1);
  await matrix.expectCount('4.1.1', 'TKSK', 0);
  await page.locator('select[name="counted"]').selectOption('');
  await expect(page.locator('.counted-coder').getByRole('status')).toHaveCount(0);
  // Ani's, Budi's and the consensus's segment on the same statement, and Ani's in FGD Mekarsari.
  await matrix.expectCount('4.1.1', 'PKH', 4);

  // Coding blind, Ani sees only her own segments, in the transcript and in the matrix.
  await app.tab('Sesi FGD').click();
  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  const sari = await session.turn('Bu Sari', SARI);
  await expect(sari.locator('.segment')).toHaveCount(3);
  // With every coder's segments shown, each stripe says whose it is, in the coder's colour.
  await expect(sari.getByRole('button', { name: /^Segmen 4\.1\.1 oleh Budi:/ })).toBeVisible();
  await expect(sari.getByRole('button', { name: /^Segmen 4\.1\.1 oleh Budi:/ }).locator('.stripe-coder')).toHaveCSS('background-color', 'rgb(21, 128, 61)');
  await page.getByRole('group', { name: 'Pengode' }).getByLabel('Mode buta (hanya segmen saya)').check();
  await expect(sari.locator('.segment')).toHaveCount(1);
  await expect(sari.locator('.stripe-coder')).toHaveCount(0);
  await page.getByRole('link', { name: 'Studi tim' }).click();
  await app.tab('Matriks').click();
  await expect(page.locator('select[name="counted"]')).toHaveCount(0);
  await expect(page.getByRole('note')).toHaveText('Mode buta: hanya segmen Ani yang dihitung.');
  await matrix.expectCount('4.1.1', 'TKSK', 1);
  await matrix.expectCount('4.2.1', 'TKSK', 0);
});

test('a study goes out as REFI-QDA (.qdpx) and comes back in, beside itself, as a study with the same coded segments', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi REFI', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await session.selectText(await session.turn('Bu Sari', SARI), SARI);
  await session.applyCodeWithMouse('4.1.1');
  await session.selectText(await session.turn('Pak Dedi', DEDI), DEDI);
  await session.applyCodeWithMouse('4.2.1');
  await session.waitUntilSaved();
  await page.getByRole('link', { name: 'Studi REFI' }).click();
  await app.tab('Ekspor tabel').click();
  const bytes = await app.downloadBytes(page.getByRole('button', { name: 'Ekspor REFI-QDA (.qdpx)' }), 'proyek.qdpx');
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-qdpx-')), 'studi-refi.qdpx');
  writeFileSync(file, bytes);

  await page.getByRole('link', { name: 'Semua studi' }).click();
  await app.chooseFile(page.getByRole('button', { name: 'Buka proyek REFI-QDA (.qdpx)…' }), file);
  // Telaah's own export of a study this device has: opened as a copy beside it, as a project file would be.
  await page.getByRole('dialog', { name: 'Studi ini sudah ada' }).getByRole('button', { name: 'Buka sebagai salinan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'File dibuka sebagai salinan "Studi REFI".' })).toBeVisible();
  await page.getByRole('link', { name: 'Studi REFI (salinan)' }).click();
  await expect(page.getByTestId('study-overview')).toContainText('1 sesi FGD');
  await expect(page.getByTestId('study-overview')).toContainText('2 segmen berkode');
  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  // Exported with pseudonyms (the default), the speakers come back as P02 and P03.
  await expect((await session.turn('P02', SARI)).locator('mark.seg')).toHaveText(SARI);
  await expect((await session.turn('P03', DEDI)).locator('mark.seg')).toHaveText(DEDI);
});
