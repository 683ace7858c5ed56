import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { LAUNCH_ARGS } from './browser.ts';
import * as B from './browser.ts';
import { typeLikeATypist } from './keystrokes.ts';
import { fgdTurns } from './long-study.ts';
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4197', '--strictPort'], { stdio: 'ignore', detached: true });
const yard = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4196', '--strictPort', '--config', 'tests/bench/yardstick/vite.config.ts'], { stdio: 'ignore', detached: true });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
const context = await browser.newContext({ baseURL: 'http://127.0.0.1:4197/', viewport: { width: 1440, height: 900 } });
const SENTENCE = fgdTurns(60_000, 99).map((t) => t.text).join(' ');
for (let round = 0; round < 2; round++) {
  const page = await context.newPage();
  // @ts-expect-error internal helpers
  await B.__openAndCaret(page);
  console.log('telaah', JSON.stringify(await typeLikeATypist(browser, page, SENTENCE, 150)));
  await page.close();
  const plain = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await plain.goto('http://127.0.0.1:4196/');
  await plain.evaluate((turns) => (window as any).loadTurns(turns), fgdTurns(1000).map((t) => t.text));
  await plain.locator('#scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  const box = (await plain.locator('#scroller').boundingBox())!;
  await plain.mouse.click(box.x + 100, box.y + box.height / 2);
  await plain.keyboard.press('End');
  console.log('plain ', JSON.stringify(await typeLikeATypist(browser, plain, SENTENCE, 150)));
  await plain.close();
}
await browser.close();
process.kill(-server.pid!);
process.kill(-yard.pid!);
