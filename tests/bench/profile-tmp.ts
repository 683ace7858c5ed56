import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { LAUNCH_ARGS } from './browser.ts';
import * as B from './browser.ts';
import { fgdTurns } from './long-study.ts';
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4197', '--strictPort'], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4197/', viewport: { width: 1440, height: 900 } });
const yard = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4196', '--strictPort', '--config', 'tests/bench/yardstick/vite.config.ts'], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 2500));
const page = await context.newPage();
if (process.env.PLAIN) {
  await page.goto('http://127.0.0.1:4196/');
  await page.evaluate((turns) => (window as any).loadTurns(turns), fgdTurns(1000).map((t) => t.text));
  const box = (await page.locator('#scroller').boundingBox())!;
  await page.mouse.click(box.x + 100, box.y + 200);
  await page.keyboard.press('End');
} else {
  // @ts-expect-error internal helpers
  await B.__openAndCaret(page);
}
const SENTENCE = fgdTurns(60_000, 99).map((t) => t.text).join(' ').slice(0, 120);
await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8.execute', '__metadata', 'blink', 'disabled-by-default-devtools.timeline'] });
for (const k of SENTENCE) { await page.keyboard.press(k === ' ' ? 'Space' : k); await page.waitForTimeout(100); }
const trace = JSON.parse((await browser.stopTracing()).toString());
const ev = trace.traceEvents as any[];
const main = ev.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const tids = new Set(main.map((m) => `${m.pid}:${m.tid}`));
const agg = new Map<string, number>();
for (const e of ev) if (e.ph === 'X' && tids.has(`${e.pid}:${e.tid}`)) agg.set(e.name, (agg.get(e.name) ?? 0) + (e.dur ?? 0));
console.log([...agg].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000 / SENTENCE.length).toFixed(2)}ms/key ${k}`).join('\n'));
await browser.close();
process.kill(-server.pid!);
process.kill(-yard.pid!);
