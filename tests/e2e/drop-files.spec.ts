/**
 * Files dropped on the window, as a researcher drags them from the file manager: each
 * goes to the screen that takes it, through the same importers as the buttons; a file
 * the screen does not take is refused by name and changes nothing.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { parseTranscriptFile } from '../../shared/formats/transcript-file.ts';
import { writeQdpx } from '../../shared/formats/qdpx-write.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { writeToneWav } from './audio.ts';
import { codedSampleStudy, fixturePath, SessionScreen, Telaah } from './pages.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'telaah-drop-'));

test('a project file, a transcript, a recording and CSVs dropped on their screens come in; anything else is refused by name', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const dir = folder();
  const project = join(dir, 'Studi Garut.telaah.json');
  writeFileSync(project, writeProjectFile(emptyProject(createStudy('Studi Garut', 2024))));
  const qdpx = join(dir, 'dari NVivo.qdpx');
  writeFileSync(qdpx, writeQdpx(emptyProject(createStudy('Studi dari NVivo', 2023))));
  const notes = join(dir, 'catatan.odt');
  writeFileSync(notes, 'bukan berkas Telaah');
  const recording = join(dir, 'FGD Sukamaju.wav');
  writeToneWav(recording, 1);

  // The studies list takes project files, Telaah's own and REFI-QDA's.
  await app.open();
  await expect(page.getByText('Atau lepaskan file proyek (.telaah.json, .qdpx) di jendela ini.')).toBeVisible();
  await app.dropFiles([project]);
  await expect(page.getByRole('status')).toContainText('Studi Garut');
  await expect(page.getByRole('link', { name: 'Studi Garut' })).toBeVisible();
  await app.dropFiles([qdpx]);
  await expect(page.getByRole('link', { name: 'Studi dari NVivo' })).toBeVisible();
  // A file nobody here takes is named, and nothing happens to the studies.
  await app.dropFiles([notes]);
  await expect(page.getByRole('alert')).toContainText('Berkas ini tidak bisa dibuka di layar ini: catatan.odt.');
  await expect(page.locator('.study-list li')).toHaveCount(2);
  await page.getByRole('alert').getByRole('button', { name: 'Tutup' }).click();

  // A participants CSV on the Participants tab.
  await page.getByRole('link', { name: 'Studi Garut' }).click();
  await app.tab('Peserta').click();
  await app.dropFiles([fixturePath('peserta.csv')]);
  await expect(page.getByRole('status')).toContainText('peserta.csv diimpor');
  await expect(page.locator('tr[data-participant]')).toHaveCount(6);
  // The same CSV on the sessions list is not a participants import there.
  await app.tab('Sesi FGD').click();
  await app.dropFiles([fixturePath('peserta.csv')]);
  await expect(page.getByRole('alert')).toContainText('peserta.csv');
  await page.getByRole('alert').getByRole('button', { name: 'Tutup' }).click();

  // A transcript on a session goes through the speaker-mapping step; a recording attaches.
  await app.addSession('FGD Sukamaju');
  await expect(page.getByRole('button', { name: 'Impor transkrip…' })).toBeEnabled();
  await app.dropFiles([fixturePath('fgd-sukamaju.txt')], page.locator('.workbench'));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('fgd-sukamaju.txt');
  await dialog.getByRole('button', { name: /^Impor \d+ giliran$/ }).click();
  await expect(dialog).toBeHidden();
  const expected = parseTranscriptFile('fgd-sukamaju.txt', readFileSync(fixturePath('fgd-sukamaju.txt'), 'utf8')).map((t) => t.text);
  await expect.poll(() => session.storedTexts()).toEqual(expected);
  await app.dropFiles([recording]);
  await expect(page.getByTestId('media-player')).toContainText('FGD Sukamaju.wav');
  await expect(page.getByRole('status').filter({ hasText: 'Rekaman FGD Sukamaju.wav dilampirkan.' })).toBeVisible();

  // Codings on the export tab: the statements coded in the CSV count in the matrix.
  await page.getByRole('link', { name: 'Studi Garut' }).click();
  await app.tab('Ekspor tabel').click();
  await app.dropFiles([fixturePath('koding.csv')]);
  await expect(page.getByRole('status')).toContainText('koding.csv diimpor.');
  await app.tab('Sesi FGD').click();
  await expect(page.getByTestId('study-overview')).toContainText('1 sesi FGD · 6 peserta · 13 segmen berkode');
});

test('in Indonesian the CSV is Excel’s (byte-order mark, semicolons) until another is chosen, and it comes back in', async ({ page }) => {
  const { app } = await codedSampleStudy(page, 'Studi CSV Excel');
  const kind = page.getByLabel('Jenis CSV').first();
  await expect(kind).toHaveValue('excel');
  await expect(kind.locator('option:checked')).toHaveText('CSV untuk Excel (;)');
  const codings = (await app.download(page.getByRole('button', { name: 'Ekspor koding (CSV)' }), 1)).get('koding.csv')!;
  expect(codings.startsWith('\uFEFFsession;speaker;assistant_type;code;text;memo;start;end;coder\r\n')).toBe(true);
  // The tables' preview shows the CSV as it will be saved: with Excel's semicolons.
  await page.locator('select[name="format"]').selectOption('csv');
  await expect(page.locator('pre[data-file="tabel-1.csv"]')).toContainText('Kode;Agenda;Pendamping PKH;TKSK');
  const file = join(folder(), 'koding.csv');
  writeFileSync(file, codings);
  // In English the default is the standard CSV; a choice made stays, whatever the language.
  await page.getByRole('group', { name: 'Bahasa' }).getByRole('button', { name: 'EN' }).click();
  await expect(page.getByLabel('CSV kind').first()).toHaveValue('standard');
  await page.getByLabel('CSV kind').first().selectOption('excel');
  await page.reload();
  await expect(page.getByLabel('CSV kind').first()).toHaveValue('excel');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ID' }).click();

  // The same statements coded again in a study of the same FGD, from the Excel CSV.
  const session = new SessionScreen(page);
  await app.startStudy('Studi CSV kembali', 2019, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await page.getByRole('link', { name: 'Studi CSV kembali' }).click();
  await app.tab('Ekspor tabel').click();
  await app.dropFiles([file]);
  await expect(page.getByRole('status')).toContainText('koding.csv diimpor.');
  await app.tab('Sesi FGD').click();
  await expect(page.getByTestId('study-overview')).toContainText('13 segmen berkode');
});
