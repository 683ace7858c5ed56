/**
 * Correcting a draft by ear: a Whisper JSON draft with word times, its recording attached.
 * The word being played is highlighted (and stays found as the text is corrected), the
 * words the recogniser was unsure of are marked, Ctrl+click on a word plays from it, and a
 * turn split from the draft starts at its first word's time.
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
const seekTo = (page: Page, seconds: number) => audio(page).evaluate((a, s) => void ((a as HTMLAudioElement).currentTime = s), seconds);
/** The text under a named CSS highlight, range by range. */
const highlighted = (page: Page, name: string) => page.evaluate((n) => [...((CSS.highlights.get(n) as Highlight | undefined) ?? [])].map((r) => r.toString()), name);

const words = [
  ['Dana', 2.0, 2.4, 0.97],
  ['PKH', 2.5, 3.0, 0.31],
  ['cair', 3.1, 3.5, 0.92],
  ['bulan', 3.6, 3.9, 0.95],
  ['ini.', 4.0, 4.4, 0.9],
  ['Di', 4.6, 4.8, 0.99],
  ['desa', 4.9, 5.3, 0.42],
  ['kami.', 5.4, 5.9, 0.93],
] as const;

test('the word being played is highlighted as the draft is corrected, unsure words are marked, and Ctrl+click plays from a word', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-words-'));
  const wav = join(dir, 'fgd.wav');
  writeToneWav(wav, 20);
  const draft = join(dir, 'draf.json');
  writeFileSync(draft, JSON.stringify({ segments: [{ start: 2, end: 5.9, text: ` ${words.map((w) => w[0]).join(' ')}`, words: words.map(([word, start, end, probability]) => ({ word: ` ${word}`, start, end, probability })) }] }));
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi draf', 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('media-time')).toHaveText('00:00:00 / 00:00:20');
  await session.importTranscript(app, draft);
  const text = page.locator('.turn .turn-text').first();
  await expect(text).toHaveText('Dana PKH cair bulan ini. Di desa kami.');

  // Unsure words marked; the word at the player's time highlighted.
  await expect.poll(() => highlighted(page, 'telaah-unsure-word')).toEqual(['PKH', 'desa']);
  await seekTo(page, 3.2);
  await expect.poll(() => highlighted(page, 'telaah-playing-word')).toEqual(['cair']);

  // Corrected in the editor: "PKH" becomes "BPNT". At its time, what stands in its place is highlighted; it is no longer marked unsure.
  await session.placeCaretBefore(page.locator('.turn').first(), 'PKH');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('BPNT', { delay: 40 });
  await expect(text).toHaveText('Dana BPNT cair bulan ini. Di desa kami.');
  await seekTo(page, 2.7);
  await expect.poll(() => highlighted(page, 'telaah-playing-word')).toEqual(['BPNT']);
  await expect.poll(() => highlighted(page, 'telaah-unsure-word')).toEqual(['desa']);
  await seekTo(page, 5.0);
  await expect.poll(() => highlighted(page, 'telaah-playing-word')).toEqual(['desa']);

  // Ctrl+click on "bulan" plays from when it was said.
  const box = await session.textBox(page.locator('.turn').first(), 'bulan');
  await page.keyboard.down('Control');
  await page.mouse.click(box.x1 + 3, box.y1);
  await page.keyboard.up('Control');
  await expect.poll(() => paused(page)).toBe(false);
  const from = await mediaTime(page);
  expect(from).toBeGreaterThanOrEqual(3.6);
  expect(from).toBeLessThan(4.6);
  await page.getByRole('button', { name: 'Jeda' }).click();

  // Split before "Di": the new turn starts at 4.6 s, when "Di" was said.
  await session.placeCaretBefore(page.locator('.turn').first(), 'Di desa');
  await page.keyboard.press('Enter');
  await expect(page.locator('.turn .turn-text')).toHaveText(['Dana BPNT cair bulan ini. ', 'Di desa kami.']);
  await expect(page.locator('.turn').nth(1).locator('.timestamp')).toHaveText('[00:00:04]');
  await session.waitUntilSaved();
  await page.reload();
  await expect.poll(() => highlighted(page, 'telaah-unsure-word')).toEqual(['desa']);
});
