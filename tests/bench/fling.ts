/**
 * A fast wheel fling over a long transcript, as a user looking for a passage does: wheel
 * events of 400 px every 16 ms for about two seconds over the scroller, while every
 * animation frame's time is recorded. Reports the frames expected at 60 Hz that were
 * dropped and the longest gap between two frames.
 */
import type { Locator, Page } from '@playwright/test';

export interface FlingFigures {
  frames: number;
  droppedPercent: number;
  longestGapMs: number;
  scrolledPx: number;
}

const FRAME_MS = 1000 / 60;

export async function fling(page: Page, scroller: Locator, events = 120, deltaPx = 400): Promise<FlingFigures> {
  const box = (await scroller.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const startTop = await scroller.evaluate((el) => el.scrollTop);
  // A string, so the bundler's helpers for named functions do not reach the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    requestAnimationFrame(function tick(time) {
      window.__frames.push(time);
      if (window.__recording) requestAnimationFrame(tick);
    });
  })()`);
  for (let i = 0; i < events; i++) {
    const start = Date.now();
    await page.mouse.wheel(0, deltaPx);
    await page.waitForTimeout(Math.max(0, 16 - (Date.now() - start)));
  }
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  let expected = 0;
  let dropped = 0;
  let longest = 0;
  for (let i = 1; i < frames.length; i++) {
    const gap = frames[i]! - frames[i - 1]!;
    const slots = Math.max(1, Math.round(gap / FRAME_MS));
    expected += slots;
    dropped += slots - 1;
    longest = Math.max(longest, gap);
  }
  return { frames: frames.length, droppedPercent: (100 * dropped) / Math.max(1, expected), longestGapMs: longest, scrolledPx: (await scroller.evaluate((el) => el.scrollTop)) - startTop };
}
