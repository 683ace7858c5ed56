/**
 * The player's waveform of a two-hour FGD recording in the built app in Chromium, as a
 * transcriber meets it: attached, until the waveform is drawn (worked out in the worker),
 * and the session opened again, until it is drawn from the kept waveform. Two recordings
 * of talk between pauses: a 16 kHz mono WAV (230 MB) and the same as a 64 kbps mp3 (58 MB,
 * encoded with lame; skipped without it).
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomSource } from '../unit/fuzz/malform.ts';
import { wavHeader } from '../unit/wav.ts';
import { LAUNCH_ARGS } from './browser.ts';

const RATE = 16_000;
const SECONDS = 2 * 3600;

/** Two hours of talk: voiced stretches of 2–14 s between pauses of 0.3–2.8 s, over room noise, as a 16-bit mono WAV file. */
function twoHoursOfTalk(file: string): void {
  const next = randomSource(23);
  const frames = RATE * SECONDS;
  const data = Buffer.alloc(44 + frames * 2);
  let f = 0;
  while (f < frames) {
    const speech = Math.round((2 + next() * 12) * RATE);
    const pause = Math.round((0.3 + next() * 2.5) * RATE);
    for (let i = 0; i < speech + pause && f < frames; i++, f++) {
      const v = i < speech ? (0.2 + 0.15 * Math.sin(i / 900)) * Math.sin((2 * Math.PI * 170 * f) / RATE) + (next() - 0.5) * 0.05 : (next() - 0.5) * 0.004;
      data.writeInt16LE(Math.round(v * 32767), 44 + f * 2);
    }
  }
  wavHeader(data, frames, RATE, 1, 16);
  writeFileSync(file, data);
}

export interface WaveformFigures {
  format: 'wav' | 'mp3';
  /** From choosing the file until the waveform is drawn. */
  firstMs: number;
  /** From opening the session again until the waveform is drawn. */
  reopenMs: number;
}

const drawn = (page: Page) => page.locator('[data-testid="waveform"][data-state="ready"]').waitFor({ timeout: 300_000 });

export async function waveformBench(executablePath: string, baseURL: string): Promise<WaveformFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-bench-wave-'));
  const wav = join(dir, 'fgd-dua-jam.wav');
  twoHoursOfTalk(wav);
  const files: [WaveformFigures['format'], string][] = [['wav', wav]];
  try {
    execFileSync('lame', ['--quiet', '-b', '64', '-m', 'm', wav, join(dir, 'fgd-dua-jam.mp3')]);
    files.push(['mp3', join(dir, 'fgd-dua-jam.mp3')]);
  } catch {
    console.log('lame not found: the mp3 waveform is not measured.');
  }
  const browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  const figures: WaveformFigures[] = [];
  try {
    for (const [format, file] of files) {
      const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
      const page = await context.newPage();
      await page.goto('/');
      await page.getByLabel('Judul studi').fill(`Bench gelombang ${format}`);
      await page.getByLabel('Tahun').fill('2024');
      await page.getByRole('button', { name: 'Buat studi' }).click();
      await page.getByLabel('Nama sesi').fill('FGD dua jam');
      await page.getByRole('button', { name: 'Tambah sesi' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Lampirkan rekaman…' }).click();
      const t0 = performance.now();
      await (await chooser).setFiles(file);
      await drawn(page);
      const firstMs = performance.now() - t0;
      const address = page.url();
      await page.goto('about:blank');
      const t1 = performance.now();
      await page.goto(address);
      await drawn(page);
      figures.push({ format, firstMs, reopenMs: performance.now() - t1 });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return figures;
}
