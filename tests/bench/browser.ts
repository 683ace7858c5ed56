/**
 * Browser measurements of the built app in Chromium: typing cost per keystroke in a long
 * and a short transcript, opening a long session, importing a long WebVTT file.
 *
 * Per keystroke, two figures:
 * - latency: from the keydown event's `timeStamp` to a mark taken in a MessageChannel task
 *   posted from the next requestAnimationFrame, i.e. after that frame rendered;
 * - main-thread work: the renderer's main-thread task time for that keystroke (Chrome's
 *   `TaskDuration` metric before and after, less the same reading taken with no key),
 *   which leaves out the idle wait for the frame.
 */
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { longTranscript, longVtt } from './long-study.ts';

export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

export const p95 = (values: number[]) => percentile(values, 0.95);
export const median = (values: number[]) => percentile(values, 0.5);

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-bench-')), name);
  writeFileSync(file, content);
  return file;
}

async function newSession(page: Page, title: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Judul studi').fill(title);
  await page.getByRole('button', { name: 'Buat studi' }).click();
  await page.getByRole('button', { name: 'Tambah sesi' }).click();
  await page.getByText('Data sesi').waitFor();
}

/** Imports a transcript file through the mapping step; returns [parse ms, store-and-show ms]. */
async function importFile(page: Page, file: string, turns: number): Promise<[number, number]> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Impor transkrip…' }).click();
  const t0 = performance.now();
  await (await chooser).setFiles(file);
  const confirm = page.getByRole('dialog').getByRole('button', { name: /^Impor \d+ giliran$/ });
  await confirm.waitFor();
  const t1 = performance.now();
  await confirm.click();
  await page.getByText(`${turns} giliran bicara`).waitFor();
  await page.locator('.turn-text').first().waitFor();
  return [t1 - t0, performance.now() - t1];
}

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

async function installLatencyProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __next: () => Promise<void> };
    w.__lat = [];
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__lat.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
    w.__next = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}

export interface TypingResult {
  workP95: number;
  workMedian: number;
  latencyP95: number;
  latencyMedian: number;
  editors: number;
}

/** Types `keys` characters at the end of a turn in the middle of the transcript. */
async function typeInMiddle(page: Page, cdp: CDPSession, keys: number): Promise<TypingResult> {
  await page.getByTestId('transcript').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await page.waitForTimeout(300);
  await page.locator('.turn-text').nth(3).click();
  await page.keyboard.press('Control+End');
  await installLatencyProbe(page);
  // Warm up the editor code paths before measuring.
  for (let i = 0; i < 30; i++) await page.keyboard.press('x');
  await page.evaluate(() => void ((window as unknown as { __lat: number[] }).__lat = []));
  const next = () => page.evaluate(() => (window as unknown as { __next: () => Promise<void> }).__next());
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) {
    const before = await taskSeconds(cdp);
    await next();
    idle.push((await taskSeconds(cdp)) - before);
  }
  const overhead = median(idle);
  const work: number[] = [];
  for (let i = 0; i < keys; i++) {
    const before = await taskSeconds(cdp);
    await page.keyboard.press('abcdefghij'[i % 10]!);
    await next();
    work.push(Math.max(0, (await taskSeconds(cdp)) - before - overhead) * 1000);
  }
  await page.waitForTimeout(300);
  const latency = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  return {
    workP95: p95(work),
    workMedian: median(work),
    latencyP95: p95(latency),
    latencyMedian: median(latency),
    editors: await page.locator('[contenteditable="true"]').count(),
  };
}

export interface BrowserResults {
  typing40k: TypingResult;
  typing1k: TypingResult;
  openLongSessionMs: number;
  importVttParseMs: number;
  importVttStoreMs: number;
}

export async function browserBench(executablePath: string, baseURL: string): Promise<BrowserResults> {
  const browser: Browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    await newSession(page, 'Bench 1k');
    await importFile(page, tempFile('fgd-1k.txt', longTranscript(100)), 100);
    const typing1k = await typeInMiddle(page, cdp, 200);

    await newSession(page, 'Bench 40k');
    const [importVttParseMs, importVttStoreMs] = await importFile(page, tempFile('fgd-40k.vtt', longVtt(4000)), 4000);
    const typing40k = await typeInMiddle(page, cdp, 200);

    // Opening the long session afresh, until its first turn can be typed in.
    const url = page.url();
    await page.goto('about:blank');
    const t0 = performance.now();
    await page.goto(url);
    await page.locator('.turn-text[contenteditable="true"]').first().waitFor();
    const openLongSessionMs = performance.now() - t0;
    await context.close();
    return { typing40k, typing1k, openLongSessionMs, importVttParseMs, importVttStoreMs };
  } finally {
    await browser.close();
  }
}
