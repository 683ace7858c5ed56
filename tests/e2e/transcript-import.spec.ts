/** Every transcript format comes in through the speaker-mapping step. */
import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseTranscriptFile } from '../../shared/formats/transcript-file.ts';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

async function speakersOf(page: Page): Promise<string[]> {
  return page.locator('.turn').evaluateAll((turns) => turns.map((t) => (t as HTMLElement).dataset.speaker ?? ''));
}

test('WebVTT, SubRip, Whisper JSON and oTranscribe files import with their speakers mapped to participants', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi format', 2024, 'FGD Teams');

  await session.importTranscript(app, fixturePath('fgd-teams.vtt'));
  await expect(page.locator('.turn')).toHaveCount(3);
  await expect.poll(() => speakersOf(page)).toEqual(['Moderator', 'Bu Sari', 'Pak Dedi']);
  await expect(page.locator('.turn').nth(1)).toContainText('[00:00:10]');
  await expect(page.locator('.turn').nth(1)).toContainText('kami hubungi pemasok & Bulog.');
  await page.getByLabel('Format ekspor transkrip').selectOption('.srt');
  const srt = (await app.download(page.getByRole('button', { name: 'Ekspor transkrip' }), 1)).get('FGD Teams.srt');
  // Exported transcripts name speakers by pseudonym, in the order they joined the study.
  expect(srt).toContain('1\n00:00:04,120 --> 00:00:10,010\nP01: Selamat siang Bapak Ibu, kita mulai diskusinya ya.\n\n2\n00:00:10,010 --> 00:00:22,400\nP02: Baik, Bu.');

  await page.getByRole('link', { name: 'Studi format' }).click();
  await app.addSession('FGD Otter');
  await session.importTranscript(app, fixturePath('fgd-otter.srt'));
  await expect.poll(() => speakersOf(page)).toEqual(['Moderator', 'Bu Rina', 'Pak Joko']);

  await page.getByRole('link', { name: 'Studi format' }).click();
  await app.addSession('FGD Whisper');
  await session.openTranscript(app, fixturePath('fgd-whisperx.json'));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('4 giliran bicara, 2 label pembicara');
  await dialog.getByLabel('Jeda yang memulai giliran baru (detik)').fill('10');
  await expect(dialog).toContainText('3 giliran bicara, 2 label pembicara');
  await dialog.getByLabel('Peserta untuk SPEAKER_00').selectOption({ label: 'Moderator' });
  await dialog.getByLabel('Peserta untuk SPEAKER_01').selectOption({ label: 'Pak Dedi (TKSK)' });
  await dialog.getByRole('button', { name: 'Impor 3 giliran' }).click();
  await expect.poll(() => speakersOf(page)).toEqual(['Moderator', 'Pak Dedi', 'Moderator']);

  await page.getByRole('link', { name: 'Studi format' }).click();
  await app.addSession('FGD oTranscribe');
  await session.openTranscript(app, fixturePath('fgd-otranscribe.otr'));
  // "Bu Sari" is a participant already; "Pak Dedi" is merged into her label by mistake and
  // put right again; "Moderator" becomes a new participant under another name.
  await dialog.getByLabel('Peserta untuk Pak Dedi').selectOption({ label: 'Bu Sari' });
  await dialog.getByLabel('Peserta untuk Pak Dedi').selectOption({ label: 'Pak Dedi (TKSK)' });
  await dialog.getByLabel('Peserta untuk Moderator').selectOption({ label: 'Peserta baru…' });
  await dialog.getByLabel('Nama peserta baru untuk Moderator').fill('Dr. Wulan');
  await dialog.getByRole('button', { name: 'Impor 4 giliran' }).click();
  await expect.poll(() => speakersOf(page)).toEqual(['Dr. Wulan', 'Bu Sari', 'Bu Sari', 'Pak Dedi']);

  await page.getByRole('link', { name: 'Studi format' }).click();
  await app.tab('Peserta').click();
  await expect(page.locator('tr[data-participant="Dr. Wulan"]').getByLabel('Jenis pendamping')).toHaveValue('');
  await expect(page.locator('tr[data-participant]')).toHaveCount(7);
});

test('a transcript typed in Word comes in, and the session goes out as a Word document that reads back the same, speakers by pseudonym', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi Word', 2024, 'FGD Word');
  const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${
    para('[00:00:07] Moderator: Apa kendala pencatatan keuangan?') + para('Bu Sari: Buku kas belum rutin diisi.') + para('Pak Dedi: Belum ada pelatihan dari dinas.')
  }</w:body></w:document>`;
  const docx = join(mkdtempSync(join(tmpdir(), 'telaah-docx-')), 'catatan-notulis.docx');
  writeFileSync(docx, zipSync({ 'word/document.xml': strToU8(xml) }));
  await session.importTranscript(app, docx);
  await expect.poll(() => speakersOf(page)).toEqual(['Moderator', 'Bu Sari', 'Pak Dedi']);

  await page.getByLabel('Format ekspor transkrip').selectOption('.docx');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ekspor transkrip' }).click();
  const saved = join(mkdtempSync(join(tmpdir(), 'telaah-docx-')), 'keluar.docx');
  await (await download).saveAs(saved);
  const turns = parseTranscriptFile('keluar.docx', new Uint8Array(readFileSync(saved)));
  // Speakers by pseudonym, the text and times as typed.
  expect(turns.map((t) => [t.speaker, t.timestamp, t.text])).toEqual([
    ['P01', 7, 'Apa kendala pencatatan keuangan?'],
    ['P02', null, 'Buku kas belum rutin diisi.'],
    ['P03', null, 'Belum ada pelatihan dari dinas.'],
  ]);
});

test('cancelling the mapping step, by its button or by Esc, imports nothing', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi batal', 2024, 'FGD 1');
  await session.openTranscript(app, fixturePath('fgd-whisperx.json'));
  // The dialog takes the focus and keeps Tab inside it.
  await expect(page.getByRole('dialog').locator(':focus')).toHaveCount(1);
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('dialog').locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await session.openTranscript(app, fixturePath('fgd-whisperx.json'));
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('Transkrip masih kosong.')).toBeVisible();
  await page.getByRole('link', { name: 'Studi batal' }).click();
  await app.tab('Peserta').click();
  await expect(page.locator('tr[data-participant]')).toHaveCount(6);
});

test('a second file imported into a session that has turns comes after them when asked, the coding kept', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi sambung', 2024, 'FGD Teams');
  await session.importTranscript(app, fixturePath('fgd-teams.vtt'));
  await expect(page.locator('.turn')).toHaveCount(3);
  const first = 'kami hubungi pemasok & Bulog.';
  await session.selectText(await session.turn('Bu Sari', first), first);
  await session.applyCodeWithMouse('4.1.1');

  // The second file: the dialog says what the session holds and offers to add after it.
  await session.openTranscript(app, fixturePath('fgd-otter.srt'));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('group', { name: 'Sesi ini sudah berisi 3 giliran' })).toBeVisible();
  await expect(dialog.getByLabel('Ganti dengan isi file')).toBeChecked();
  await dialog.getByLabel('Tambahkan isi file setelah giliran yang ada').check();
  await dialog.getByRole('button', { name: /^Impor \d+ giliran$/ }).click();
  await expect(dialog).toBeHidden();
  const added = parseTranscriptFile('fgd-otter.srt', readFileSync(fixturePath('fgd-otter.srt'), 'utf8')).length;
  await expect.poll(async () => (await session.storedTexts()).length).toBe(3 + added);
  expect((await session.storedTexts())[1]).toContain(first);
  await expect(session.segment(first).locator('.code-chip')).toHaveText(/^4\.1\.1/);
});
