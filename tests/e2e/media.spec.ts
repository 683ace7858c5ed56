/**
 * Transcribing along a recording: attach a sound file, play and pause with Esc, skip,
 * change speed, rewind on resume, stamp a turn with the recording's time, seek by clicking
 * a timestamp, and start speaker turns from the keyboard; the recording is back after a reload, where it was.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeToneWav } from './audio.ts';
import { SessionScreen, Telaah } from './pages.ts';

const mediaTime = (page: Page) => page.locator('[data-testid="media-player"] audio').evaluate((a) => (a as HTMLAudioElement).currentTime);
/** Clicks the seek bar at a fraction of its width, as a user would, and returns where the recording is then. */
async function seekBarTo(page: Page, fraction: number): Promise<number> {
  const bar = page.getByLabel('Posisi rekaman');
  const box = (await bar.boundingBox())!;
  await page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
  await expect.poll(() => mediaTime(page)).toBeGreaterThan(30 * fraction - 3);
  return mediaTime(page);
}

const mediaPaused = (page: Page) => page.locator('[data-testid="media-player"] audio').evaluate((a) => (a as HTMLAudioElement).paused);

test('a note-taker transcribes along a recording with the keyboard', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const wav = join(mkdtempSync(join(tmpdir(), 'telaah-audio-')), 'fgd-mekarsari.wav');
  writeToneWav(wav, 30);
  await app.startStudy('Studi rekaman', 2024, 'FGD Mekarsari');
  await page.locator('.session-meta').getByLabel('Moderator').fill('Moderator');

  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('media-time')).toHaveText('00:00:00 / 00:00:30');

  // Start typing: the first turn is the moderator's. Then run the recording from the keyboard.
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await expect(page.locator('.turn .turn-text').first()).toBeFocused();
  await page.keyboard.type('Selamat pagi.');
  await page.keyboard.press('Escape');
  await expect.poll(() => mediaTime(page), { timeout: 10_000 }).toBeGreaterThan(1);
  await page.keyboard.press('Escape');
  await expect.poll(() => mediaPaused(page)).toBe(true);

  // F2 skips forward 5 s, F1 back 5 s; the editor keeps the caret and its text.
  const before = await mediaTime(page);
  await page.keyboard.press('F2');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(before + 5, 0);
  await page.keyboard.press('F1');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(before, 0);
  await expect(page.locator('.turn .turn-text').first()).toHaveText('Selamat pagi.');

  // Ctrl+J at the start of the turn being typed puts the recording's time on it.
  const stamped = await seekBarTo(page, 0.4);
  expect(stamped).toBeGreaterThan(10);
  await page.locator('.turn .turn-text').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+j');
  const shown = `[00:00:${String(Math.floor(Math.round(stamped * 10) / 10)).padStart(2, '0')}]`;
  await expect(page.locator('.turn').first().locator('.timestamp')).toHaveText(shown);

  // Resuming after a pause goes back 1.5 s so the last words are heard again.
  const pausedAt = await seekBarTo(page, 0.66);
  await page.locator('.turn .turn-text').first().click();
  await page.keyboard.press('Escape');
  await expect.poll(() => mediaPaused(page)).toBe(false);
  await page.keyboard.press('Escape');
  await expect.poll(() => mediaPaused(page)).toBe(true);
  const resumedAt = await mediaTime(page);
  expect(resumedAt).toBeGreaterThanOrEqual(pausedAt - 1.6);
  expect(resumedAt).toBeLessThan(pausedAt - 0.4);

  // Speed from the player and from the keyboard.
  await page.getByLabel('Kecepatan').selectOption('0.7');
  await page.keyboard.press('F4');
  await expect(page.getByLabel('Kecepatan')).toHaveValue('0.8');
  expect(await page.locator('[data-testid="media-player"] audio').evaluate((a) => (a as HTMLAudioElement).playbackRate)).toBeCloseTo(0.8);

  // Clicking a timestamp plays from there, also when the recording was paused.
  const audioElement = page.locator('[data-testid="media-player"] audio');
  await audioElement.evaluate((a) => (a as HTMLAudioElement).pause());
  await page.locator('.turn').first().locator('.timestamp').click();
  await expect.poll(() => audioElement.evaluate((a) => (a as HTMLAudioElement).paused)).toBe(false);
  const from = await mediaTime(page);
  expect(from).toBeGreaterThanOrEqual(Math.round(stamped * 10) / 10 - 0.05);
  expect(from).toBeLessThan(stamped + 1.5);
  await audioElement.evaluate((a) => (a as HTMLAudioElement).pause());

  // Ctrl+1 starts a turn for the first participant of the roster, Ctrl+0 one for the moderator.
  await page.locator('.turn .turn-text').first().click();
  await page.keyboard.press('Control+1');
  await expect(page.locator('.turn')).toHaveCount(2);
  await expect(page.locator('.turn .turn-text').nth(1)).toBeFocused();
  await page.keyboard.type('Kami mendampingi KPM.');
  await page.keyboard.press('Control+0');
  await expect(page.locator('.turn')).toHaveCount(3);
  await expect(page.locator('.turn .turn-text').nth(2)).toBeFocused();
  await page.keyboard.type('Terima kasih.');
  await expect(page.locator('.turn').nth(1).getByLabel('Pembicara').locator('option:checked')).toHaveText('Bu Rina (PKH)');
  await expect(page.locator('.turn').nth(2).getByLabel('Pembicara').locator('option:checked')).toHaveText('Moderator');
  await expect(page.locator('.turn').nth(2).locator('.timestamp')).toHaveText(shown);
  await session.waitUntilSaved();

  // After a reload the recording is back, where it was.
  const where = (await page.getByTestId('media-time').textContent())!;
  await page.reload();
  await expect(page.getByTestId('media-time')).toHaveText(where);
  await expect(page.locator('.turn .turn-text')).toHaveText(['Selamat pagi.', 'Kami mendampingi KPM.', 'Terima kasih.']);
});

test('hotkeys can be reassigned, for example to a foot pedal’s key', async ({ page }) => {
  const app = new Telaah(page);
  const wav = join(mkdtempSync(join(tmpdir(), 'telaah-audio-')), 'rekaman.wav');
  writeToneWav(wav, 10);
  await app.startStudy('Studi pedal', 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  const help = page.getByRole('complementary', { name: 'Pintasan transkripsi' });
  await expect(help.locator('tr[data-action="timestamp"] kbd')).toHaveText('Ctrl+J');
  await help.getByRole('button', { name: 'Ubah tombol playPause' }).click();
  await expect(help.locator('tr[data-action="playPause"] kbd')).toHaveText('tekan tombol…');
  await page.keyboard.press('F9');
  await expect(help.locator('tr[data-action="playPause"] kbd')).toHaveText('F9');
  await help.getByRole('button', { name: 'Tutup' }).click();

  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await expect(page.locator('.turn .turn-text').first()).toBeFocused();
  await page.keyboard.press('F9');
  await expect.poll(() => mediaPaused(page)).toBe(false);
  await page.keyboard.press('F9');
  await expect.poll(() => mediaPaused(page)).toBe(true);
  await page.reload();
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  await expect(page.locator('tr[data-action="playPause"] kbd')).toHaveText('F9');
});

test('a speaker key can start its turn a moment before the key, for the transcriber\'s reaction', async ({ page }) => {
  const app = new Telaah(page);
  const wav = join(mkdtempSync(join(tmpdir(), 'telaah-audio-')), 'fgd-reaksi.wav');
  writeToneWav(wav, 30);
  await app.startStudy('Studi reaksi', 2024, 'FGD Reaksi');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  await page.getByLabel('Waktu tombol pembicara dimundurkan (detik)').fill('0.5');
  await page.getByLabel('Tampilkan persepuluh detik').check();
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  await page.locator('[data-testid="media-player"] audio').evaluate((a) => void ((a as HTMLAudioElement).currentTime = 12.3));
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('Selamat pagi.');
  await page.keyboard.press('Control+1');
  await expect(page.locator('.turn')).toHaveCount(2);
  await expect(page.locator('.turn').nth(1).locator('.timestamp')).toHaveText('[00:00:11.8]');
});
