/**
 * The recording's waveform, with spoken Indonesian (espeak-ng) and pauses between the
 * sentences: the pauses show flat, a click or a drag goes to that moment, and a recording
 * opened again draws from the kept waveform without working it out again.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { encodeRecording, encoders, hasEspeak, spokenRecording } from '../unit/speech.ts';
import { wav } from '../unit/wav.ts';
import { axeViolations } from './axe.ts';
import { Telaah } from './pages.ts';

const audio = (page: Page) => page.locator('[data-testid="media-player"] audio');
const mediaTime = (page: Page) => audio(page).evaluate((a) => (a as HTMLAudioElement).currentTime);
const waveBox = (page: Page) => page.locator('.waveform-box');

/**
 * The tallest drawn column (0–1 of the waveform's height) between two shares of its width,
 * read from the canvases wavesurfer draws.
 */
function inkOver(page: Page, from: number, to: number): Promise<number> {
  return waveBox(page).evaluate(
    (box, { from, to }) => {
      const canvases = [...(box.firstElementChild?.shadowRoot?.querySelectorAll('canvas') ?? [])];
      const boxRect = box.getBoundingClientRect();
      let best = 0;
      for (let step = 0; step <= 20; step++) {
        const at = boxRect.left + (from + ((to - from) * step) / 20) * boxRect.width;
        for (const canvas of canvases) {
          const r = canvas.getBoundingClientRect();
          if (at < r.left || at >= r.right || r.width === 0) continue;
          const px = Math.floor(((at - r.left) / r.width) * canvas.width);
          const { data } = canvas.getContext('2d', { willReadFrequently: true })!.getImageData(px, 0, 1, canvas.height);
          let drawn = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i]! > 40) drawn++;
          best = Math.max(best, drawn / canvas.height);
        }
      }
      return best;
    },
    { from, to },
  );
}

/** Counts the waveform workers the page starts. */
const countWorkers = () => {
  const Original = window.Worker;
  (window as unknown as { peakWorkers: number }).peakWorkers = 0;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (String(url).includes('peaks')) (window as unknown as { peakWorkers: number }).peakWorkers++;
    }
  };
};
const peakWorkers = (page: Page) => page.evaluate(() => (window as unknown as { peakWorkers: number }).peakWorkers);

test.skip(!hasEspeak, 'needs espeak-ng (Debian package espeak-ng) to speak the recording');

test('the waveform shows the pauses between sentences, seeks where it is clicked or dragged, and is drawn from the cache next time', async ({ page }) => {
  await page.addInitScript(countWorkers);
  const { samples, said } = spokenRecording(['Selamat pagi Bapak Ibu, kita mulai diskusinya.', 'Saya pendamping PKH di Kecamatan Sukamaju.'], [4], 1);
  const duration = samples.length / SPEECH_RATE;
  const dir = mkdtempSync(join(tmpdir(), 'telaah-wave-'));
  const file = join(dir, 'fgd-sukamaju.wav');
  writeFileSync(file, wav([samples], SPEECH_RATE, 16));
  const app = new Telaah(page);
  await app.startStudy('Studi gelombang', 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), file);
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-state', 'ready');
  await page.getByLabel('Tampilan').selectOption({ label: 'Seluruh rekaman' });
  expect(await peakWorkers(page)).toBe(1);
  // The player with its waveform breaks no accessibility rule.
  expect(await axeViolations(page)).toEqual([]);

  // Speech is drawn tall; the four-second pause between the sentences is a flat line.
  const share = (seconds: number) => seconds / duration;
  await expect.poll(() => inkOver(page, share(said[0]!.start + 0.3), share(said[0]!.end - 0.3))).toBeGreaterThan(0.4);
  expect(await inkOver(page, share(said[0]!.end + 0.3), share(said[1]!.start - 0.3))).toBeLessThan(0.08);

  // A click at the second sentence plays from there; a drag back to the first lands there.
  const box = (await waveBox(page).boundingBox())!;
  const x = (seconds: number) => box.x + share(seconds) * box.width;
  await page.mouse.click(x(said[1]!.start), box.y + box.height / 2);
  await expect.poll(() => mediaTime(page)).toBeCloseTo(said[1]!.start, 0);
  await page.mouse.move(x(said[1]!.start + 1), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x(said[0]!.start + 0.5), box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(said[0]!.start + 0.5, 0);

  // Opened again: drawn at once from the kept waveform, no worker.
  await page.reload();
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-state', 'ready');
  expect(await peakWorkers(page)).toBe(0);
});

test('a compressed recording gets its waveform through the browser’s decoder', async ({ page }) => {
  test.skip(!encoders.mp3, 'needs lame (Debian package lame) to encode the mp3');
  const { samples, said } = spokenRecording(['Bantuan disalurkan lewat e-Warong.'], [3], 2);
  const dir = mkdtempSync(join(tmpdir(), 'telaah-wave-'));
  const file = join(dir, 'fgd.wav');
  writeFileSync(file, wav([samples], SPEECH_RATE, 16));
  const mp3 = encodeRecording(file, 'mp3');
  const app = new Telaah(page);
  await app.startStudy('Studi mp3', 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), mp3);
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-state', 'ready');
  await page.getByLabel('Tampilan').selectOption({ label: 'Seluruh rekaman' });
  const duration = samples.length / SPEECH_RATE;
  await expect.poll(() => inkOver(page, (said[0]!.start + 0.3) / duration, (said[0]!.end - 0.3) / duration)).toBeGreaterThan(0.4);
  expect(await inkOver(page, 0.3 / duration, (said[0]!.start - 0.3) / duration)).toBeLessThan(0.08);
});

test('a window of the waveform following playback keeps to the page\'s width, and a click on the whole recording lands where it points', async ({ page }) => {
  // Five minutes of a quiet tone: longer than either window.
  const seconds = 300;
  const samples = new Float32Array(seconds * SPEECH_RATE).map((_, i) => 0.05 * Math.sin(i / 10));
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-wave-')), 'fgd-panjang.wav');
  writeFileSync(file, wav([samples], SPEECH_RATE, 16));
  await page.setViewportSize({ width: 1280, height: 720 });
  const app = new Telaah(page);
  await app.startStudy('Studi jendela', 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), file);
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-state', 'ready');
  for (const label of ['120 detik', '30 detik']) {
    await page.getByLabel('Tampilan').selectOption({ label });
    await audio(page).evaluate((a) => void (a as HTMLAudioElement).play());
    const widths: number[] = [];
    for (let i = 0; i < 8; i++) {
      widths.push(await waveBox(page).evaluate((box) => box.getBoundingClientRect().width));
      await page.waitForTimeout(250);
    }
    await audio(page).evaluate((a) => (a as HTMLAudioElement).pause());
    const grid = await page.getByTestId('waveform').evaluate((w) => w.getBoundingClientRect().width);
    expect(Math.max(...widths)).toBeLessThanOrEqual(grid);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(1);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByLabel('Tampilan')).toBeInViewport();
  }

  // On the whole recording a pixel is about half a second: a click lands where it points, within half a pixel.
  await page.getByLabel('Tampilan').selectOption({ label: 'Seluruh rekaman' });
  await page.waitForTimeout(300);
  const box = (await waveBox(page).boundingBox())!;
  const perPixel = seconds / box.width;
  for (const share of [0.2501, 0.5006, 0.7508]) {
    // Clicks a moment apart, as a person's are (two within a double-click's time are one gesture).
    await page.waitForTimeout(500);
    await page.mouse.click(box.x + share * box.width, box.y + box.height / 2);
    await expect.poll(async () => Math.abs((await mediaTime(page)) - share * seconds)).toBeLessThanOrEqual(0.55 * perPixel);
  }
});
