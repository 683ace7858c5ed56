/**
 * A Chromium of a test's own: started as a process group on a profile the test chooses,
 * reached over CDP, and killed with SIGKILL (the browser, its renderers and its storage
 * service at once), as a power cut or a crash would.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromiumPath } from './browser.ts';

const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage', '--remote-debugging-port=0'];

export interface Running {
  browser: Browser;
  child: ChildProcess;
}

export async function startChromium(profile: string): Promise<Running> {
  const child = spawn(chromiumPath() ?? 'chromium', [...ARGS, `--user-data-dir=${profile}`, 'about:blank'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools address: ${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`Chromium exited (${code}): ${output}`))));
  }).catch((error: unknown) => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    throw error;
  });
  return { browser: await chromium.connectOverCDP(endpoint), child };
}

/** SIGKILL to the whole process group: the browser, its renderers and its storage service at once. */
export async function kill({ child }: Running): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

export async function newPage(running: Running): Promise<Page> {
  const page = await running.browser.contexts()[0]!.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  return page;
}
