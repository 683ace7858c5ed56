/**
 * The built app in Chromium, measured as a transcriber meets it, beside the same text in
 * one plain Lexical editor (the yardstick page, dist-bench/):
 * - typing at a typist's cadence at the end of a turn in the middle of a 40,000-word and
 *   a 1,000-word session (tests/bench/keystrokes.ts), the long one with 2,000 coded segments;
 * - a fast wheel fling over the long session, with and without its segments (fling.ts);
 * - opening the long session with its segments until its turns show;
 * - importing a 40,000-word WebVTT file.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { importCodings } from '../../shared/formats/codings-csv.ts';
import { importParticipants } from '../../shared/formats/participants-csv.ts';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { importTranscript } from '../../shared/transcript.ts';
import { fling, type FlingFigures } from './fling.ts';
import { typeLikeATypist, type KeystrokeFigures } from './keystrokes.ts';
import { fgdTurns, longCodings, longVtt } from './long-study.ts';

export const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'];
const KEYS = 150;

function tempFile(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-bench-')), name);
  writeFileSync(file, content);
  return file;
}

/** A project file with one session of `words` words, and `coded` of its turns coded. */
function projectFile(title: string, words: number, coded: number): string {
  const peserta = readFileSync(fileURLToPath(new URL('../fixtures/peserta.csv', import.meta.url)), 'utf8');
  let project = importParticipants(emptyProject(createStudy(title, 2024)), peserta, 'peserta.csv');
  project = importTranscript(project, 'FGD panjang', fgdTurns(words), 'fgd.txt');
  if (coded > 0) project = importCodings(project, longCodings(words, 'FGD panjang', coded), 'koding.csv');
  return tempFile(`${title}.telaah.json`, writeProjectFile(project));
}

/** Opens a project file from the studies list and goes to its session; returns the session's address. */
async function openStudy(page: Page, file: string, title: string): Promise<string> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Buka file proyek…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'FGD panjang' }).click();
  await page.locator('.turn .turn-text').first().waitFor();
  return page.url();
}

/** Puts the caret at the end of a turn in the middle of the session: a click on it, then Ctrl+End. */
async function caretMidTranscript(page: Page): Promise<void> {
  await page.getByTestId('transcript').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await page.waitForTimeout(400);
  await page.locator('.turn .turn-text').nth(3).click();
  await page.keyboard.press('Control+End');
  await page.locator('.turn-text[contenteditable="true"]').waitFor();
}

async function yardstickPage(browser: Browser, url: string, words: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.evaluate((turns) => window.loadTurns(turns), fgdTurns(words).map((t) => t.text));
  return page;
}

async function caretMidYardstick(page: Page): Promise<void> {
  await page.locator('#scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await page.waitForTimeout(400);
  const box = (await page.locator('#scroller').boundingBox())!;
  await page.mouse.click(box.x + 100, box.y + box.height / 2);
  await page.keyboard.press('End');
}

export interface BrowserResults {
  typing40k: KeystrokeFigures;
  typing1k: KeystrokeFigures;
  plain40k: KeystrokeFigures;
  plain1k: KeystrokeFigures;
  fling: FlingFigures;
  flingCoded: FlingFigures;
  flingPlain: FlingFigures;
  openLongSessionMs: number;
  importVttMs: number;
  /** Until every turn of the import is in IndexedDB. */
  importVttStoredMs: number;
  liveEditors: number;
}

/** A sentence to type: the words of a turn of the generated FGD that is not in the session. */
const SENTENCE = fgdTurns(60_000, 99)
  .map((t) => t.text)
  .join(' ');

export async function browserBench(executablePath: string, baseURL: string, yardstickURL: string): Promise<BrowserResults> {
  const browser: Browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();

    await openStudy(page, projectFile('Bench 1k', 1_000, 0), 'Bench 1k');
    await caretMidTranscript(page);
    const typing1k = await typeLikeATypist(browser, page, SENTENCE, KEYS);

    const plainUrl = await openStudy(page, projectFile('Bench 40k polos', 40_000, 0), 'Bench 40k polos');
    const flingPlainSession = await fling(page, page.getByTestId('transcript'));

    const codedUrl = await openStudy(page, projectFile('Bench 40k', 40_000, 2_000), 'Bench 40k');
    const flingCoded = await fling(page, page.getByTestId('transcript'));
    await caretMidTranscript(page);
    const typing40k = await typeLikeATypist(browser, page, SENTENCE.slice(KEYS), KEYS);
    const liveEditors = await page.locator('[contenteditable="true"]').count();

    // Opening the long coded session afresh, until its turns show.
    await page.goto('about:blank');
    const t0 = performance.now();
    await page.goto(codedUrl);
    await page.locator('.turn .turn-text').first().waitFor();
    const openLongSessionMs = performance.now() - t0;

    // Importing a 40,000-word WebVTT file into a new session, until its turns show.
    await page.goto(plainUrl);
    await page.getByRole('link', { name: 'Bench 40k polos' }).click();
    await page.getByLabel('Nama sesi').fill('FGD impor');
    await page.getByRole('button', { name: 'Tambah sesi' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Impor transkrip…' }).click();
    const t1 = performance.now();
    await (await chooser).setFiles(tempFile('fgd-40k.vtt', longVtt()));
    await page.getByRole('dialog').getByRole('button', { name: /^Impor \d+ giliran$/ }).click();
    await page.locator('.turn .turn-text').first().waitFor();
    const importVttMs = performance.now() - t1;
    await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    const importVttStoredMs = performance.now() - t1;
    await context.close();

    const plain = await yardstickPage(browser, yardstickURL, 40_000);
    const flingPlain = await fling(plain, plain.locator('#scroller'));
    await caretMidYardstick(plain);
    const plain40k = await typeLikeATypist(browser, plain, SENTENCE.slice(KEYS), KEYS);
    await plain.close();
    const small = await yardstickPage(browser, yardstickURL, 1_000);
    await caretMidYardstick(small);
    const plain1k = await typeLikeATypist(browser, small, SENTENCE, KEYS);
    await small.close();

    return { typing40k, typing1k, plain40k, plain1k, fling: flingPlainSession, flingCoded, flingPlain, openLongSessionMs, importVttMs, importVttStoredMs, liveEditors };
  } finally {
    await browser.close();
  }
}
