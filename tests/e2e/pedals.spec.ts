/**
 * Foot pedals through WebHID, with a simulated USB pedal driven from the test: connected
 * through the chooser (offered only transcription pedals), the pressed pedal lit in the
 * settings, left/middle/right rewinding, playing while held and going forward, the play
 * pedal set to toggle, a pedal with other report bits taught, and the pedal opened again
 * after a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeToneWav } from './audio.ts';
import { Telaah } from './pages.ts';
import { chooserFilters, sendReport, simulatePedal } from './webhid.ts';

const audio = (page: Page) => page.locator('[data-testid="media-player"] audio');
const mediaTime = (page: Page) => audio(page).evaluate((a) => (a as HTMLAudioElement).currentTime);
const paused = (page: Page) => audio(page).evaluate((a) => (a as HTMLAudioElement).paused);
const seekTo = (page: Page, seconds: number) => audio(page).evaluate((a, s) => void ((a as HTMLAudioElement).currentTime = s), seconds);

async function sessionWithRecording(page: Page, title: string) {
  const app = new Telaah(page);
  const wav = join(mkdtempSync(join(tmpdir(), 'telaah-pedal-')), 'fgd.wav');
  writeToneWav(wav, 90);
  await app.startStudy(title, 2024, 'FGD 1');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('media-time')).toHaveText('00:00:00 / 00:01:30');
}

async function openPedalSettings(page: Page) {
  const help = page.getByRole('complementary', { name: 'Pintasan transkripsi' });
  if (!(await help.isVisible())) await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  await help.getByRole('button', { name: 'Pedal kaki…' }).click();
  return page.getByRole('dialog', { name: 'Pedal kaki' });
}

test('an Infinity pedal: connected through the chooser, pressed pedals lit, and the player driven by left, middle and right', async ({ page }) => {
  await simulatePedal(page, { vendorId: 0x05f3, productId: 0x00ff, productName: 'VEC USB Footpedal' });
  await sessionWithRecording(page, 'Studi pedal');
  const dialog = await openPedalSettings(page);
  await dialog.getByRole('button', { name: 'Hubungkan pedal…' }).click();
  await expect(dialog.getByRole('list', { name: 'Pedal terhubung' })).toContainText('VEC USB Footpedal (05f3:00ff)');
  // The chooser was offered transcription pedals only.
  expect(await chooserFilters(page)).toEqual([{ vendorId: 0x05f3, productId: 0x00ff }, { vendorId: 0x07b4, productId: 0x0202 }, { vendorId: 0x07b4, productId: 0x0218 }, { vendorId: 0x0911 }]);

  const light = (pedal: string) => dialog.locator(`[data-pedal="${pedal}"]`);
  await sendReport(page, [1, 0]);
  await expect(light('left')).toHaveAttribute('data-down', 'true');
  await sendReport(page, [5, 0]);
  await expect(light('right')).toHaveAttribute('data-down', 'true');
  await expect(light('middle')).toHaveAttribute('data-down', 'false');
  await sendReport(page, [0, 0]);
  await expect(light('left')).toHaveAttribute('data-down', 'false');
  await expect(light('right')).toHaveAttribute('data-down', 'false');
  // Trying the pedals in their settings moves nothing; a pedal still held as they close does nothing on release.
  expect(await mediaTime(page)).toBe(0);
  expect(await paused(page)).toBe(true);
  await sendReport(page, [2, 0]);
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await sendReport(page, [0, 0]);
  expect(await paused(page)).toBe(true);

  // Right skips forward 5 s, left back 5 s (a tap each).
  await seekTo(page, 20);
  await sendReport(page, [4, 0]);
  await sendReport(page, [0, 0]);
  await expect.poll(() => mediaTime(page)).toBeCloseTo(25, 0);
  await sendReport(page, [1, 0]);
  await sendReport(page, [0, 0]);
  await expect.poll(() => mediaTime(page)).toBeCloseTo(20, 0);
  // Held, right goes on moving forward until released.
  await sendReport(page, [4, 0]);
  await page.waitForTimeout(1100);
  await sendReport(page, [0, 0]);
  const afterHold = await mediaTime(page);
  expect(afterHold).toBeGreaterThanOrEqual(27);
  await page.waitForTimeout(600);
  expect(await mediaTime(page)).toBe(afterHold);

  // Middle plays while held and pauses on release.
  await sendReport(page, [2, 0]);
  await expect.poll(() => paused(page)).toBe(false);
  await page.waitForTimeout(400);
  await sendReport(page, [0, 0]);
  await expect.poll(() => paused(page)).toBe(true);

  // Set to toggle: a press plays, the next press pauses.
  const again = await openPedalSettings(page);
  await again.getByLabel('Tiap injakan: putar, lalu jeda').check();
  await again.getByRole('button', { name: 'Tutup' }).click();
  await sendReport(page, [2, 0]);
  await sendReport(page, [0, 0]);
  await expect.poll(() => paused(page)).toBe(false);
  await sendReport(page, [2, 0]);
  await sendReport(page, [0, 0]);
  await expect.poll(() => paused(page)).toBe(true);

  // After a reload the pedal, already allowed, is opened again without asking.
  await page.reload();
  await expect(page.getByTestId('media-time')).toBeVisible();
  await seekTo(page, 40);
  await expect.poll(async () => (await sendReport(page, [4, 0]).then(() => true, () => false))).toBe(true);
  await sendReport(page, [0, 0]);
  await expect.poll(() => mediaTime(page)).toBeCloseTo(45, 0);
});

test('a pedal whose reports use other bits is taught by pressing each pedal, and a pedal can be given another action', async ({ page }) => {
  await simulatePedal(page, { vendorId: 0x07b4, productId: 0x0218, productName: 'RS28 Foot Switch' });
  await sessionWithRecording(page, 'Studi pedal Olympus');
  const dialog = await openPedalSettings(page);
  await dialog.getByRole('button', { name: 'Hubungkan pedal…' }).click();
  await expect(dialog.getByRole('list', { name: 'Pedal terhubung' })).toContainText('RS28 Foot Switch (07b4:0218)');
  const light = (pedal: string) => dialog.locator(`[data-pedal="${pedal}"]`);
  // Its left pedal sets bit 4 of the second byte: not the Infinity's, so nothing lights.
  await sendReport(page, [0, 0x10]);
  await sendReport(page, [0, 0]);
  await expect(light('left')).toHaveAttribute('data-down', 'false');
  for (const [pedal, label, byte] of [['left', 'Kiri', 0x10], ['middle', 'Tengah', 0x20], ['right', 'Kanan', 0x40]] as const) {
    await dialog.getByRole('button', { name: `Ajari pedal ${label}` }).click();
    await expect(dialog.getByRole('status')).toContainText(`Injak pedal ${label} sekarang`);
    await sendReport(page, [0, byte]);
    await expect(light(pedal)).toHaveAttribute('data-down', 'true');
    await sendReport(page, [0, 0]);
    await expect(light(pedal)).toHaveAttribute('data-down', 'false');
  }
  // Left now plays instead of rewinding.
  await dialog.getByLabel('Pedal Kiri').selectOption({ label: 'Putar' });
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await sendReport(page, [0, 0x10]);
  await expect.poll(() => paused(page)).toBe(false);
  await sendReport(page, [0, 0]);
  await expect.poll(() => paused(page)).toBe(true);
  await seekTo(page, 30);
  await sendReport(page, [0, 0x40]);
  await sendReport(page, [0, 0]);
  await expect.poll(() => mediaTime(page)).toBeCloseTo(35, 0);
});

test('a pedal another program holds is not listed, and the dialog says it could not be opened', async ({ page }) => {
  await simulatePedal(page, { vendorId: 0x05f3, productId: 0x00ff, productName: 'VEC USB Footpedal', busy: true });
  await sessionWithRecording(page, 'Studi pedal sibuk');
  const dialog = await openPedalSettings(page);
  await dialog.getByRole('button', { name: 'Hubungkan pedal…' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Pedal tidak dapat dibuka: Failed to open the device.');
  await expect(dialog.getByRole('list', { name: 'Pedal terhubung' })).toHaveCount(0);
  await expect(dialog).toContainText('Belum ada pedal terhubung.');
  // Opened again later (allowed, still held elsewhere): passed over without an error on the page.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.reload();
  await expect(page.getByTestId('media-time')).toBeVisible();
  await page.waitForTimeout(300);
  expect(errors).toEqual([]);
});
