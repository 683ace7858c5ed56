/**
 * The model list of the automatic-transcription dialog in the desktop app (one model
 * installed, one downloading), at 1280×720 and 1440×900 in both languages, for review in
 * test-results/screens/; the Indonesian 1280×720 one is also the README's picture.
 */
import { expect, test } from '@playwright/test';
import { SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { wav } from '../unit/wav.ts';
import { desktopBridge, startRecordedSession } from '../e2e/desktop-bridge.ts';
import { fileURLToPath } from 'node:url';
import { review, REVIEW_SIZES } from './review.ts';

test('model list with a download under way, in both languages and two window sizes', async ({ page }) => {
  await desktopBridge(page, {
    recording: wav([Float32Array.from({ length: SPEECH_RATE * 3 }, (_, i) => 0.2 * Math.sin(i / 9))], SPEECH_RATE, 16),
    model: new Uint8Array(50_000_000),
    installed: ['base'],
  });
  await startRecordedSession(page, 'Studi rekaman');
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    await page.getByRole('button', { name: lang === 'ID' ? 'Transkripsi otomatis…' : 'Automatic transcription…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('row').filter({ has: page.getByRole('radio', { name: 'small', exact: true }) }).getByRole('button').click();
    await expect(dialog.getByRole('progressbar')).toBeVisible();
    await page.waitForTimeout(700);
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`models-${lang.toLowerCase()}-${width}x${height}`) });
      if (lang === 'ID' && width === 1280) await page.getByRole('dialog').screenshot({ path: fileURLToPath(new URL('../../docs/screenshots/transcribe.png', import.meta.url)) });
    }
    await dialog.getByRole('button', { name: lang === 'ID' ? 'Batal' : 'Cancel' }).click();
    await dialog.getByRole('button', { name: lang === 'ID' ? 'Tutup' : 'Close' }).click();
  }
});
