/**
 * Time marks inside a long turn, as a transcriber sets them: Ctrl+J with the caret in a
 * timed turn's text puts the recording's time there, typing goes straight on, a click on a
 * mark plays from it, Ctrl+Z takes it back, and the mark comes back from a .txt export.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeToneWav } from './audio.ts';
import { SessionScreen, Telaah } from './pages.ts';

const audio = (page: Page) => page.locator('[data-testid="media-player"] audio');
const mediaTime = (page: Page) => audio(page).evaluate((a) => (a as HTMLAudioElement).currentTime);
const paused = (page: Page) => audio(page).evaluate((a) => (a as HTMLAudioElement).paused);

test('Ctrl+J inside a timed turn puts a time mark at the caret; a click on it plays from there; it survives undo, redo and a .txt round trip', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const dir = mkdtempSync(join(tmpdir(), 'telaah-marks-'));
  const wav = join(dir, 'fgd.wav');
  writeToneWav(wav, 40);
  await app.startStudy('Studi tanda waktu', 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('media-time')).toHaveText('00:00:00 / 00:00:40');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();

  // At the turn's start, Ctrl+J gives the turn its time.
  await page.keyboard.press('F2');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(5, 0);
  await page.keyboard.type('Dana PKH cair', { delay: 40 });
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+j');
  await expect(page.locator('.turn .timestamp')).toHaveText(['[00:00:05]']);
  await page.keyboard.press('End');
  // Further on in the recording, a mark at the caret, and typing goes straight on.
  await page.keyboard.press('F2');
  await page.keyboard.press('F2');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(15, 0);
  await page.keyboard.press('Control+j');
  await page.keyboard.type('bulan lalu, lalu', { delay: 35 });
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+j');
  await page.keyboard.type('kami datang.', { delay: 35 });
  const expected = 'Dana PKH cair [00:00:15] bulan lalu, lalu [00:00:20] kami datang.';
  await expect(page.locator('.turn .turn-text')).toHaveText([expected]);
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual([expected]);
  await expect(page.locator('.turn .time-mark')).toHaveText(['[00:00:15]', '[00:00:20]']);

  // A click on a mark plays from its time, in the editor and in a turn not being edited.
  await page.locator('.turn .time-mark').first().click();
  await expect.poll(() => paused(page)).toBe(false);
  expect(await mediaTime(page)).toBeGreaterThanOrEqual(15);
  expect(await mediaTime(page)).toBeLessThan(17);
  await page.keyboard.press('Escape');
  await expect.poll(() => paused(page)).toBe(true);
  await page.getByRole('button', { name: 'Tambah giliran' }).click();
  await expect(page.locator('.turn-static .time-mark')).toHaveText(['[00:00:15]', '[00:00:20]']);
  await page.locator('.turn-static .time-mark').nth(1).click();
  await expect.poll(() => paused(page)).toBe(false);
  expect(await mediaTime(page)).toBeGreaterThanOrEqual(20);
  expect(await mediaTime(page)).toBeLessThan(22);
  await page.keyboard.press('Escape');

  // Undo takes back the added turn, the words typed after the mark, then the mark alone; redo brings them back.
  const undo = page.getByRole('button', { name: 'Urungkan' });
  const first = page.locator('.turn .turn-text').first();
  await undo.click();
  await expect(page.locator('.turn')).toHaveCount(1);
  await undo.click();
  await expect(first).toHaveText('Dana PKH cair [00:00:15] bulan lalu, lalu [00:00:20] ');
  await undo.click();
  await expect(first).toHaveText('Dana PKH cair [00:00:15] bulan lalu, lalu');
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Ulangi' }).click();
  await expect(page.locator('.turn')).toHaveCount(2);
  await expect(first).toHaveText(expected);

  // Exported as .txt and imported as a new session: the marks are where they were.
  await session.waitUntilSaved();
  await page.getByLabel('Format ekspor transkrip').selectOption('.txt');
  const file = await app.download(page.getByRole('button', { name: 'Ekspor transkrip' }), 1);
  const [name, text] = [...file][0]!;
  expect(text).toContain(expected);
  const back = join(dir, name);
  writeFileSync(back, text);
  await page.getByRole('link', { name: 'Studi tanda waktu' }).click();
  await app.addSession('FGD kembali');
  await session.importTranscript(app, back);
  await expect(page.locator('.turn .time-mark')).toHaveText(['[00:00:15]', '[00:00:20]']);
});

test('typing at a typist’s pace around and through time marks loses and misplaces nothing', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi tanda cepat', 2024, 'FGD 1');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  // Marks typed by hand become marks; typing goes on right after them, at 30 ms a key.
  await page.keyboard.type('Awal [00:00:05] tengah [00:00:09.5] akhir', { delay: 30 });
  await expect(page.locator('.turn .time-mark')).toHaveText(['[00:00:05]', '[00:00:09.5]']);
  // Backspace into the last mark: it is text again, and the characters go one by one.
  for (let i = 0; i < 'akhir'.length + 2; i++) await page.keyboard.press('Backspace', { delay: 30 });
  await expect(page.locator('.turn .time-mark')).toHaveText(['[00:00:05]']);
  await page.keyboard.type('] lagi', { delay: 30 });
  await expect(page.locator('.turn .time-mark')).toHaveText(['[00:00:05]', '[00:00:09.5]']);
  // Enter right after a mark splits there; Backspace at the new turn's start joins it back.
  await page.keyboard.press('Home');
  for (let i = 0; i < 'Awal [00:00:05]'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x', { delay: 30 });
  await expect(page.locator('.turn .turn-text')).toHaveText(['Awal [00:00:05]', 'x tengah [00:00:09.5] lagi']);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(['Awal [00:00:05] tengah [00:00:09.5] lagi']);
});
