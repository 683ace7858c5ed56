/**
 * `npm run bench`: the speed targets of Telaah, measured on this machine.
 *
 * 1. Domain work on a four-hour FGD (4,000 turns, ~2,000 coded segments) in Node:
 *    parsing the transcript, importing codings, building the four tables, writing the
 *    project file.
 * 2. Typing in the browser: keystroke-to-next-frame time in a 4,000-turn transcript,
 *    compared with a 12-turn one. Because the turn list is virtualized and each turn has
 *    its own editor, the long transcript should cost no more per keystroke than the short.
 *
 * Prints each figure against its target and exits 1 when a target is missed.
 */
import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importCodings } from '../../shared/formats/codings-csv.ts';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { exportTables } from '../../shared/formats/tables-write.ts';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { importTranscript } from '../../shared/transcript.ts';
import { chromiumPath } from '../e2e/browser.ts';
import { longCodings, longTranscript } from './long-study.ts';

const results: { name: string; value: number; target: number; unit: string }[] = [];

function record(name: string, value: number, target: number, unit = 'ms') {
  results.push({ name, value, target, unit });
}

function timed<T>(name: string, target: number, run: () => T): T {
  run(); // warm-up
  const start = performance.now();
  const value = run();
  record(name, performance.now() - start, target);
  return value;
}

function domainBench() {
  const text = longTranscript();
  const turns = timed('parse 4,000-turn transcript', 100, () => parseTranscriptTxt(text, 'fgd.txt'));
  const base = importTranscript(emptyProject(createStudy('Bench', 2024)), 'FGD panjang', turns, 'fgd.txt');
  const coded = timed('import 2,000 codings', 1000, () => importCodings(base, longCodings(), 'koding.csv'));
  timed('build and write the four tables (quotes, HTML)', 200, () => exportTables(coded, { mode: 'quotes', format: 'html', lang: 'id' }));
  timed('write the project file', 200, () => writeProjectFile(coded));
}

async function startPreview(port: number): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return () => process.kill(-server.pid!);
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('vite preview did not start');
}

/** Keystroke → next frame, per key, for `count` characters typed at the end of a turn in the middle. */
async function typingLatency(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
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
  });
  for (let i = 0; i < count; i++) await page.keyboard.type('abcdefghij'[i % 10]!, { delay: 30 });
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.95)] ?? NaN;
}

async function openTranscript(page: Page, turns: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-bench-'));
  const file = join(dir, `fgd-${turns}.txt`);
  writeFileSync(file, longTranscript(turns));
  await page.goto('/');
  await page.getByLabel('Judul studi').fill(`Bench ${turns}`);
  await page.getByRole('button', { name: 'Buat studi' }).click();
  await page.getByRole('button', { name: 'Tambah sesi' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Impor transkrip…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('dialog').getByRole('button', { name: /^Impor \d+ giliran$/ }).click();
  await page.getByText(`${turns} giliran bicara`).waitFor();
  await page.getByTestId('transcript').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await page.waitForTimeout(300);
  const turn = page.locator('.turn-text').nth(3);
  await turn.click();
  await page.keyboard.press('Control+End');
}

async function browserBench() {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('No Chromium found (set CHROMIUM_PATH): skipping the typing benchmark.');
    return;
  }
  const stop = await startPreview(4199);
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'] });
  try {
    const measure = async (turns: number) => {
      const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4199/', viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await openTranscript(page, turns);
      const latencies = await typingLatency(page, 200);
      const editable = await page.locator('[contenteditable="true"]').count();
      await context.close();
      return { p95: p95(latencies), editable };
    };
    const short = await measure(12);
    const long = await measure(4000);
    record('typing p95, 12-turn transcript (keystroke to next frame)', short.p95, 40);
    record('typing p95, 4,000-turn transcript (keystroke to next frame)', long.p95, short.p95 + 8);
    record('live editors mounted in the 4,000-turn transcript', long.editable, 60, 'editors');
  } finally {
    await browser.close();
    stop();
  }
}

domainBench();
await browserBench();
let missed = 0;
for (const r of results) {
  const ok = r.value <= r.target;
  if (!ok) missed++;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${r.name}: ${r.value.toFixed(1)} ${r.unit} (target ≤ ${r.target.toFixed(1)} ${r.unit})`);
}
process.exitCode = missed > 0 ? 1 : 0;
