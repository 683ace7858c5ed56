/**
 * The transcription desk's traps, as a transcriptionist meets them: a hotkey on a letter
 * that would eat every letter typed, a key taken from another action without a word, the
 * player forgetting where it was, and a time stamped out of order.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeToneWav } from './audio.ts';
import { SessionScreen, Telaah } from './pages.ts';

const audio = (page: Page) => page.locator('[data-testid="media-player"] audio');
const mediaTime = (page: Page) => audio(page).evaluate((a) => (a as HTMLAudioElement).currentTime);
const mediaRate = (page: Page) => audio(page).evaluate((a) => (a as HTMLAudioElement).playbackRate);

test('a hotkey is never a key that types or edits, and never taken from another action without asking', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi tombol', 2024, 'FGD 1');
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  const help = page.getByRole('complementary', { name: 'Pintasan transkripsi' });
  const row = (action: string) => help.locator(`tr[data-action="${action}"]`);

  // "Lebih cepat" on "a": refused, saying why; it keeps F4.
  await row('faster').getByRole('button').click();
  await page.keyboard.press('a');
  await expect(help.getByRole('alert')).toContainText('"A" mengetik teks');
  await expect(row('faster').locator('kbd')).toHaveText('F4');
  await row('faster').getByRole('button').click();
  await page.keyboard.press('Backspace');
  await expect(help.getByRole('alert')).toContainText('"Backspace" dipakai untuk menyunting');

  // F1 for "Maju" is Mundur's key: asked, cancelled, asked again, swapped.
  await row('forward').getByRole('button').click();
  await page.keyboard.press('F1');
  const clash = help.getByRole('alertdialog');
  await expect(clash).toContainText('F1 adalah tombol Mundur.');
  await clash.getByRole('button', { name: 'Batal' }).click();
  await expect(row('forward').locator('kbd')).toHaveText('F2');
  await expect(row('back').locator('kbd')).toHaveText('F1');
  await row('forward').getByRole('button').click();
  await page.keyboard.press('F1');
  await help.getByRole('alertdialog').getByRole('button', { name: /^Tukar/ }).click();
  await expect(row('forward').locator('kbd')).toHaveText('F1');
  await expect(row('back').locator('kbd')).toHaveText('F2');

  // Typing keeps every letter.
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('bantuan sosial', { delay: 30 });
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(['bantuan sosial']);
});

test('the player picks up where it was, at its speed, after a reload; a time stamped before the turn above is called out and can be put right', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const wav = join(mkdtempSync(join(tmpdir(), 'telaah-desk-')), 'fgd.wav');
  writeToneWav(wav, 30);
  await app.startStudy('Studi meja', 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('media-time')).toHaveText('00:00:00 / 00:00:30');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('Pembukaan.');
  // Forward to 10 s, a bit faster.
  await page.keyboard.press('F2');
  await page.keyboard.press('F2');
  await page.keyboard.press('F4');
  await page.keyboard.press('F4');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(10, 0);
  await expect.poll(() => mediaRate(page)).toBeCloseTo(1.2, 5);
  await session.waitUntilSaved();
  await page.reload();
  await expect(page.getByTestId('media-player')).toBeVisible();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(10, 0);
  await expect.poll(() => mediaRate(page)).toBeCloseTo(1.2, 5);

  // The first turn stamped at 10 s; a second turn, stamped at 5 s, is earlier: the desk says so.
  await page.locator('.turn .turn-text').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+j');
  await expect(page.locator('.turn').first().locator('.timestamp')).toHaveText('[00:00:10]');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Jawaban.');
  await page.keyboard.press('F1');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(5, 0);
  await page.keyboard.press('Control+j');
  await expect(page.getByRole('alert')).toContainText('Waktu [00:00:05] lebih awal dari giliran sebelumnya [00:00:10]');
  // Put in time order, as one step that Ctrl+Z takes back.
  await page.getByRole('alert').getByRole('button', { name: 'Urutkan giliran menurut waktu' }).click();
  await expect(page.locator('.turn .timestamp')).toHaveText(['[00:00:05]', '[00:00:10]']);
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(['Jawaban.', 'Pembukaan.']);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.locator('.turn .timestamp')).toHaveText(['[00:00:10]', '[00:00:05]']);
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(['Pembukaan.', 'Jawaban.']);
});

test('the speaker keys follow the session’s roster, set in its details, and stay put as people speak', async ({ page }) => {
  const app = new Telaah(page);
  await app.startStudy('Studi roster', 2024, 'FGD 1');
  const roster = page.getByRole('group', { name: 'Pembicara sesi dan tombolnya' });
  await expect(roster).toContainText('Belum diatur');
  await roster.getByLabel('Tambah pembicara').selectOption({ label: 'Pak Dedi' });
  await roster.getByLabel('Tambah pembicara').selectOption({ label: 'Bu Sari' });
  await roster.getByLabel('Tambah pembicara').selectOption({ label: 'Bu Rina' });
  const keys = page.getByLabel('Tombol pembicara');
  await expect(keys).toContainText('Ctrl+1 Pak Dedi · Ctrl+2 Bu Sari · Ctrl+3 Bu Rina');
  // Bu Sari sits first: up she goes.
  await roster.getByRole('button', { name: 'Naikkan Bu Sari' }).click();
  await expect(keys).toContainText('Ctrl+1 Bu Sari · Ctrl+2 Pak Dedi · Ctrl+3 Bu Rina');
  // Bu Rina is dragged onto Pak Dedi's place, then back to the end.
  const item = (name: string) => roster.getByRole('listitem').filter({ hasText: name });
  await item('Bu Rina').dragTo(item('Pak Dedi'));
  await expect(keys).toContainText('Ctrl+1 Bu Sari · Ctrl+2 Bu Rina · Ctrl+3 Pak Dedi');
  await item('Bu Rina').dragTo(item('Pak Dedi'));
  await expect(keys).toContainText('Ctrl+1 Bu Sari · Ctrl+2 Pak Dedi · Ctrl+3 Bu Rina');

  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('Silakan.');
  // Bu Rina speaks first: the keys do not move.
  await page.keyboard.press('Control+3');
  await page.keyboard.type('Saya Rina.');
  await expect(keys).toContainText('Ctrl+1 Bu Sari · Ctrl+2 Pak Dedi · Ctrl+3 Bu Rina');
  await page.keyboard.press('Control+1');
  await page.keyboard.type('Saya Sari.');
  const speakers = page.locator('.turn').getByLabel('Pembicara').locator('option:checked');
  await expect(speakers).toHaveText(['Moderator', 'Bu Rina (PKH)', 'Bu Sari (PKH)']);
  await page.reload();
  await expect(page.getByLabel('Tombol pembicara')).toContainText('Ctrl+1 Bu Sari · Ctrl+2 Pak Dedi · Ctrl+3 Bu Rina');
});

test('with "pause while typing" on, typing stops the recording and it plays on, rewound, once typing stops', async ({ page }) => {
  const app = new Telaah(page);
  const wav = join(mkdtempSync(join(tmpdir(), 'telaah-desk-')), 'fgd.wav');
  writeToneWav(wav, 30);
  await app.startStudy('Studi jeda', 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('media-time')).toHaveText('00:00:00 / 00:00:30');
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  const help = page.getByRole('complementary', { name: 'Pintasan transkripsi' });
  await help.getByLabel('Jeda saat mengetik').check();
  await help.getByLabel('Lanjut setelah tidak mengetik (detik)').fill('0.8');
  await help.getByLabel('Mundur saat lanjut memutar (0–5 detik)').fill('3');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  const paused = () => audio(page).evaluate((a) => (a as HTMLAudioElement).paused);
  await page.keyboard.press('Escape');
  await expect.poll(() => mediaTime(page), { timeout: 10_000 }).toBeGreaterThan(3);
  await page.keyboard.type('Selamat', { delay: 40 });
  expect(await paused()).toBe(true);
  const stoppedAt = await mediaTime(page);
  // Typing stopped: it plays on, 3 s back, as every resume goes.
  await expect.poll(paused, { timeout: 5000 }).toBe(false);
  expect(await mediaTime(page)).toBeLessThan(stoppedAt);
  // A recording the user paused stays paused however they type, even straight after pausing.
  await page.keyboard.press('Escape');
  await page.keyboard.type(' pagi', { delay: 40 });
  await page.waitForTimeout(1500);
  expect(await paused()).toBe(true);
  expect(await page.locator('.turn .turn-text').first().textContent()).toBe('Selamat pagi');
});
