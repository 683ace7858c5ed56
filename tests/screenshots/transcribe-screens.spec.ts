/** The automatic-transcription dialog, choosing and running, at 1280×720 and 1440×900 in both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { wav } from '../unit/wav.ts';
import { Telaah } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

test('transcription dialog in both languages and two window sizes', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-screens-'));
  const recording = join(dir, 'fgd-sukamaju.wav');
  writeFileSync(recording, wav([Float32Array.from({ length: SPEECH_RATE * 3 }, (_, i) => 0.2 * Math.sin(i / 9))], SPEECH_RATE, 16));
  const app = new Telaah(page);
  await app.startStudy('Studi rekaman', 2024, 'FGD Sukamaju');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), recording);
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    await page.getByRole('button', { name: lang === 'ID' ? 'Transkripsi otomatis…' : 'Automatic transcription…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`transcribe-${lang.toLowerCase()}-${width}x${height}`) });
    }
    await page.getByRole('dialog').getByRole('button', { name: lang === 'ID' ? 'Tutup' : 'Close' }).click();
  }
  // With a transcript already there, the dialog asks where the draft goes.
  await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: 'ID' }).click();
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('Selamat pagi.');
  for (const lang of ['ID', 'EN'] as const) {
    await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
    await page.getByRole('button', { name: lang === 'ID' ? 'Transkripsi otomatis…' : 'Automatic transcription…' }).click();
    await expect(page.getByRole('dialog').getByRole('group', { name: lang === 'ID' ? 'Sesi ini sudah berisi transkrip' : 'This session already has a transcript' }).getByRole('radio')).toHaveCount(2);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: review(`transcribe-into-${lang.toLowerCase()}-1280x720`) });
    await page.getByRole('dialog').getByRole('button', { name: lang === 'ID' ? 'Tutup' : 'Close' }).click();
  }
});

