/**
 * The analysis screens of the built app in Chromium on a generated evaluation study
 * (evaluation-study.ts), as a researcher meets them:
 * - opening the study's project file until the study is listed;
 * - each analysis tab (Segmen, Matriks, Ekspor tabel, Tim pengode), from the click on the
 *   tab until its content shows, and the app started afresh on the matrix;
 * - a keystroke in the segments' text filter until the count of shown segments changes,
 *   and a fast fling over the segments list;
 * - switching the export preview to quotes, and saving the tables as Word and Excel;
 * - Telusuri: a query typed until its hits show (the first, with every turn's words still
 *   to be read, and the next), the word frequencies and the co-occurrence table until they
 *   show, and the matrix switched to compare sites until it shows them;
 * - the work one turn saved in a second tab costs a tab showing the matrix (main-thread
 *   task time, from the DevTools protocol, over a typist's keys in the other tab);
 * - the JavaScript heap of the tab showing the matrix, beside the study's text size.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { LAUNCH_ARGS } from './browser.ts';
import { evaluationStudy } from './evaluation-study.ts';
import { fling, type FlingFigures } from './fling.ts';

export interface AnalysisFigures {
  sessions: number;
  turns: number;
  words: number;
  segments: number;
  openProjectMs: number;
  tabMs: Record<'segments' | 'explore' | 'matrix' | 'export' | 'team', number>;
  firstSearchMs: number;
  searchMs: number;
  frequenciesMs: number;
  cooccurrenceMs: number;
  matrixBySiteMs: number;
  /** The app started on the matrix tab's address, until the matrix shows: start-up and reading the whole study. */
  coldMatrixMs: number;
  filterKeyMs: number;
  segmentsFling: FlingFigures;
  previewQuotesMs: number;
  wordExportMs: number;
  excelExportMs: number;
  /** Main-thread work in the matrix tab per turn saved in another tab, above its idle work. */
  otherTabWorkPerSaveMs: number;
  heapMb: number;
  textMb: number;
}

const LONG = 300_000;
const TABS = { segments: ['Segmen', '.segments-panel [data-segment-id]'], explore: ['Telusuri', '.explore-panel input[name="query"]'], matrix: ['Matriks', '.matrix-table [data-cell]'], export: ['Ekspor tabel', '.export-preview'], team: ['Tim pengode', '.agreement-table'] } as const;

async function timedUntil(page: Page, act: () => Promise<unknown>, selector: string): Promise<number> {
  const t0 = performance.now();
  await act();
  await page.locator(selector).first().waitFor({ timeout: LONG });
  return performance.now() - t0;
}

async function taskMs(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const start = await read();
  return async () => (await read()) - start;
}

async function download(page: Page, act: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  const event = page.waitForEvent('download', { timeout: LONG });
  await act();
  await (await event).path();
  return performance.now() - t0;
}

export async function analysisBench(executablePath: string, baseURL: string, sessions: number): Promise<AnalysisFigures> {
  const project = evaluationStudy(sessions);
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-bench-')), 'evaluasi.telaah.json');
  writeFileSync(file, writeProjectFile(project));
  const words = project.turns.reduce((n, t) => n + (t.text.match(/\S+/g)?.length ?? 0), 0);
  const textMb = project.turns.reduce((n, t) => n + t.text.length * 2, 0) / 1e6;
  const browser: Browser = await chromium.launch({ executablePath, args: LAUNCH_ARGS });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(LONG);
    await page.goto('/');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Buka file proyek…' }).click();
    const openProjectMs = await timedUntil(page, async () => (await chooser).setFiles(file), `a:has-text("${project.study.title}")`);
    await page.getByRole('link', { name: project.study.title }).click();
    const studyUrl = page.url();

    const tabMs = {} as AnalysisFigures['tabMs'];
    for (const [key, [name, ready]] of Object.entries(TABS) as [keyof typeof TABS, (typeof TABS)[keyof typeof TABS]][]) {
      await page.getByRole('tab', { name: 'Sesi FGD' }).click();
      await page.waitForTimeout(500);
      tabMs[key] = await timedUntil(page, () => page.getByRole('tab', { name }).click(), ready);
    }

    // The app started afresh on the matrix.
    await page.getByRole('tab', { name: 'Matriks' }).click();
    const matrixUrl = page.url();
    await page.goto('about:blank');
    const coldMatrixMs = await timedUntil(page, () => page.goto(matrixUrl), TABS.matrix[1]);

    // A keystroke in the text filter, until the count of shown segments changes.
    await page.getByRole('tab', { name: 'Segmen' }).click();
    const count = page.locator('.segments-panel [aria-live="polite"]');
    await count.waitFor();
    const search = page.locator('.segment-filters input[type="search"]');
    const keys: number[] = [];
    for (const letter of 'pen') {
      const before = await count.textContent();
      const t0 = performance.now();
      await search.press(letter);
      await page.waitForFunction(([el, was]) => (el as HTMLElement).textContent !== was, [await count.elementHandle(), before] as const, { timeout: LONG });
      keys.push(performance.now() - t0);
    }
    const filterKeyMs = keys.sort((a, b) => a - b)[1]!;
    await search.fill('');
    await page.waitForFunction((el) => !/ dari /.test((el as HTMLElement).textContent ?? '') || true, await count.elementHandle());
    await page.waitForTimeout(500);
    const scroller = page.locator('[data-testid="segments-scroller"]');
    const segmentsFling = await fling(page, (await scroller.count()) > 0 ? scroller : page.locator('html'));

    // Telusuri: a query until its hits show, the first one reading every turn's words.
    await page.getByRole('tab', { name: 'Telusuri' }).click();
    const query = page.locator('.explore-panel input[name="query"]');
    const hitsFor = async (text: string) => {
      await query.fill('');
      await page.locator('.kwic-table').waitFor({ state: 'detached', timeout: LONG });
      return timedUntil(page, () => query.fill(text), '.kwic-table tbody tr');
    };
    const firstSearchMs = await hitsFor('pendampingan');
    const searchMs = [await hitsFor('data'), await hitsFor('kelompok*'), await hitsFor('verifikasi')].sort((a, b) => a - b)[1]!;
    const frequenciesMs = await timedUntil(page, () => page.getByRole('button', { name: 'Frekuensi kata', exact: true }).click(), '.frequency-table tbody tr');
    const cooccurrenceMs = await timedUntil(page, () => page.getByRole('button', { name: 'Kemunculan bersama', exact: true }).click(), '.cooccurrence-table tbody tr');
    await page.getByRole('tab', { name: 'Matriks' }).click();
    await page.locator('.matrix-table [data-cell]').first().waitFor();
    const matrixBySiteMs = await timedUntil(page, () => page.locator('select[name="compareBy"]').selectOption('site'), '.matrix-table thead th:has-text("Bekasi")');

    // The export preview switched to quotes, then Word and Excel saved.
    await page.getByRole('tab', { name: 'Ekspor tabel' }).click();
    await page.locator('.export-preview').waitFor();
    const before = await page.locator('.export-preview').innerHTML();
    const t0 = performance.now();
    await page.locator('select[name="mode"]').selectOption('quotes');
    await page.waitForFunction((was) => document.querySelector('.export-preview')?.innerHTML !== was, before, { timeout: LONG });
    const previewQuotesMs = performance.now() - t0;
    await page.locator('select[name="format"]').selectOption('docx');
    const wordExportMs = await download(page, () => page.getByRole('button', { name: 'Simpan berkas' }).click());
    await page.locator('select[name="format"]').selectOption('xlsx');
    const excelExportMs = await download(page, () => page.getByRole('button', { name: 'Simpan berkas' }).click());

    // The matrix open here; a typist saves turns in another tab.
    await page.goto(studyUrl);
    await page.getByRole('tab', { name: 'Matriks' }).click();
    await page.locator('.matrix-table [data-cell]').first().waitFor();
    await page.waitForTimeout(1000);
    const idle = await taskMs(page);
    await page.waitForTimeout(4000);
    const idleMs = await idle();
    const typist = await context.newPage();
    await typist.goto(studyUrl);
    await typist.getByRole('link', { name: project.sessions[0]!.title, exact: true }).click();
    await typist.locator('.turn .turn-text').nth(2).click();
    await typist.keyboard.press('End');
    await typist.locator('.turn-text[contenteditable="true"]').waitFor();
    await page.waitForTimeout(1000);
    const busy = await taskMs(page);
    const SAVES = 40;
    const t1 = performance.now();
    // One key every 100 ms: each is written on its own (the write-behind waits 50 ms).
    for (let i = 0; i < SAVES; i++) {
      await typist.keyboard.type('a');
      await typist.waitForTimeout(100);
    }
    await typist.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
    await page.waitForTimeout(Math.max(0, 4000 - (performance.now() - t1)));
    const busyMs = await busy();
    const otherTabWorkPerSaveMs = Math.max(0, busyMs - idleMs * ((performance.now() - t1) / 4000)) / SAVES;
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapMb = ((await cdp.send('Runtime.getHeapUsage')).usedSize ?? 0) / 1e6;
    await context.close();
    return {
      sessions,
      turns: project.turns.length,
      words,
      segments: project.segments.length,
      openProjectMs,
      tabMs,
      coldMatrixMs,
      filterKeyMs,
      firstSearchMs,
      searchMs,
      frequenciesMs,
      cooccurrenceMs,
      matrixBySiteMs,
      segmentsFling,
      previewQuotesMs,
      wordExportMs,
      excelExportMs,
      otherTabWorkPerSaveMs,
      heapMb,
      textMb,
    };
  } finally {
    await browser.close();
  }
}
