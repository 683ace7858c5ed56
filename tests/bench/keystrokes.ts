/**
 * What a keystroke costs, measured as a typist meets it: keys 80–120 ms apart, typing a
 * real sentence, while Chromium records a trace. For each key, two figures:
 * - main-thread work: the renderer main thread's top-level tasks that start between this
 *   key and the next (the key's handling, the editor's update, layout and paint, and the
 *   writes that follow), summed from the trace;
 * - latency: from the keydown event's `timeStamp` to a MessageChannel task posted from the
 *   next requestAnimationFrame, i.e. until that frame has been produced.
 */
import type { Browser, Page } from '@playwright/test';
import { randomSource } from '../unit/fuzz/malform.ts';

export interface KeystrokeFigures {
  workMedian: number;
  workP95: number;
  latencyMedian: number;
  latencyP95: number;
  keys: number;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}
export const median = (values: readonly number[]) => percentile(values, 0.5);
export const p95 = (values: readonly number[]) => percentile(values, 0.95);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const MARK = 'telaah-key';

async function installProbes(page: Page): Promise<void> {
  await page.evaluate((mark) => {
    const w = window as unknown as { __latency: number[]; __probing?: boolean };
    w.__latency = [];
    if (w.__probing) return;
    w.__probing = true;
    document.addEventListener(
      'keydown',
      (event) => {
        performance.mark(mark);
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__latency.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  }, MARK);
}

/** Per-key main-thread work from a trace: tasks on the marking renderer's main thread, key to key. */
export function workPerKey(events: readonly TraceEvent[], lastWindowUs: number): number[] {
  const marks = events.filter((e) => e.name === MARK && e.cat.includes('user_timing')).sort((a, b) => a.ts - b.ts);
  const pid = marks[0]?.pid;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (pid === undefined || !main) throw new Error('the trace has no key marks or no renderer main thread');
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X' && e.cat.includes('toplevel') && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
    .sort((a, b) => a.ts - b.ts);
  // A key's window runs from the start of the task its keydown ran in to the start of the next key's.
  const starts = marks.map((mark) => tasks.findLast((t) => t.ts <= mark.ts && t.ts + (t.dur ?? 0) >= mark.ts)?.ts ?? mark.ts);
  return starts.map((from, i) => {
    const to = starts[i + 1] ?? from + lastWindowUs;
    let us = 0;
    for (const t of tasks) if (t.ts >= from && t.ts < to) us += t.dur ?? 0;
    return us / 1000;
  });
}

/**
 * Types `text` (its first `keys` characters) where the caret is, a key every 80–120 ms,
 * after a warm-up of ten keys that is not counted.
 */
export async function typeLikeATypist(browser: Browser, page: Page, text: string, keys: number, seed = 11): Promise<KeystrokeFigures> {
  const next = randomSource(seed);
  const gap = () => 80 + Math.floor(next() * 41);
  for (const key of 'Ya, betul ') {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(gap());
  }
  await installProbes(page);
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
  const typed = Array.from(text.slice(0, keys));
  for (const key of typed) {
    const start = Date.now();
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await page.waitForTimeout(Math.max(0, gap() - (Date.now() - start)));
  }
  await page.waitForTimeout(200);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const work = workPerKey(trace.traceEvents, 120_000);
  const latency = await page.evaluate(() => (window as unknown as { __latency: number[] }).__latency);
  return { workMedian: median(work), workP95: p95(work), latencyMedian: median(latency), latencyP95: p95(latency), keys: typed.length };
}
