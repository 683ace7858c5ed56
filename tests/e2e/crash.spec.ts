/**
 * The browser killed while a transcriber types: Chromium is started as a process group
 * of its own on a fresh profile, typed into at a typist's pace across Enter, killed with
 * SIGKILL (no unload, no goodbye) at several delays after the last key, started again on
 * the same profile, and what is stored is compared with what was typed. Killed 150 ms
 * or more after the last key, nothing may be lost; sooner, at most the last 150 ms of
 * typing.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kill, newPage, startChromium, type Running } from './own-chromium.ts';
import { fixturePath, storedTexts, Telaah } from './pages.ts';

const KEY_MS = 40;

/** What survived of `typed` (turns joined by "\n"): how many characters from its end are missing or wrong. */
function lost(typed: string, stored: string): number {
  let same = 0;
  while (same < typed.length && typed[same] === stored[same]) same++;
  return typed.length - same + Math.max(0, stored.length - same);
}

const TURNS = ['Selamat siang, kita mulai diskusinya.', 'Saya Bu Sari dari Sukamaju.', 'Kami mendampingi KPM setiap bulan ke e-Warong.'];

for (const delay of [0, 60, 150, 400]) {
  test(`killed ${delay} ms after the last key, ${delay >= 150 ? 'nothing is lost' : 'at most the last 150 ms of typing is lost'}`, async ({ baseURL }) => {
    const profile = mkdtempSync(join(tmpdir(), 'telaah-crash-'));
    const started: Running[] = [];
    try {
      const first = await startChromium(profile);
      started.push(first);
      const page = await newPage(first);
      await page.goto(baseURL!);
      const app = new Telaah(page);
      await app.createStudy(`Studi mati listrik ${delay}`, 2024);
      await app.importParticipants(fixturePath('peserta.csv'));
      await app.addSession('FGD 1');
      await page.getByRole('button', { name: 'Mulai mengetik' }).click();
      await expect(page.locator('.turn .turn-text').first()).toBeFocused();
      const url = page.url();
      for (const [i, turn] of TURNS.entries()) {
        if (i > 0) await page.keyboard.press('Enter').then(() => page.waitForTimeout(KEY_MS));
        await page.keyboard.type(turn, { delay: KEY_MS });
      }
      const lastKeyAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, delay - (Date.now() - lastKeyAt))));
      await kill(first);

      const second = await startChromium(profile);
      started.push(second);
      const again = await newPage(second);
      await again.goto(url);
      await expect(again.getByRole('heading', { name: 'Pengodean' })).toBeVisible();
      const stored = (await storedTexts(again)).join('\n');
      const missing = lost(TURNS.join('\n'), stored);
      console.log(`killed after ${delay} ms: ${missing} characters lost`);
      test.info().annotations.push({ type: 'lost characters', description: `${missing} of ${TURNS.join('\n').length}` });
      if (delay >= 150) expect(stored).toBe(TURNS.join('\n'));
      else expect(missing).toBeLessThanOrEqual(Math.ceil(150 / KEY_MS) + 1);
    } finally {
      // Whatever happened, no Chromium of this test outlives it.
      for (const running of started) if (running.child.exitCode === null && running.child.signalCode === null) await kill(running);
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
