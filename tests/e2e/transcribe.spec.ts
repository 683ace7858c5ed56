/**
 * "Transkripsi otomatis…" in the browser: the attached recording (Indonesian sentences
 * spoken by espeak-ng between silences) transcribed by whisper.cpp's WebAssembly build in
 * a worker, with a generated model of random weights in the real format (it "hears"
 * meaningless words; every step runs). The draft replaces the transcript as unchecked
 * turns with times, and undo takes it back in one step.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { TINY_TEST_SHAPE, whisperTestModel } from '../../scripts/whisper-test-model.ts';
import { hasEspeak, spokenRecording } from '../unit/speech.ts';
import { wav } from '../unit/wav.ts';
import { SessionScreen, storedRows, Telaah } from './pages.ts';

test.skip(!hasEspeak, 'needs espeak-ng to speak the test recording');

test('a recording becomes a draft of unchecked turns, transcribed in the browser, and undo takes it back', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'telaah-transcribe-e2e-'));
  const model = join(dir, 'ggml-uji.bin');
  writeFileSync(model, whisperTestModel(TINY_TEST_SHAPE, ['selamat', 'pagi', 'pendamping']));
  const { samples } = spokenRecording(['Selamat pagi Bapak Ibu.', 'Saya pendamping PKH di Sukamaju.', 'Bantuan disalurkan lewat e-Warong.'], [2]);
  const recording = join(dir, 'fgd.wav');
  writeFileSync(recording, wav([samples], SPEECH_RATE, 16));

  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi rekaman', 2024, 'FGD rekaman');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), recording);
  await page.getByRole('button', { name: 'Transkripsi otomatis…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transkripsi otomatis' });
  await expect(dialog).toContainText('fgd.wav');
  // The web build lists the models with their figures but cannot download them: the user chooses a file.
  await expect(dialog.getByRole('group', { name: 'Model Whisper' }).getByRole('link')).toHaveCount(6);
  await expect(dialog.getByRole('link', { name: 'small', exact: true })).toHaveAttribute('href', /\/ggml-small\.bin$/);
  await expect(dialog.getByRole('button', { name: 'Unduh' })).toHaveCount(0);
  await expect(dialog).toContainText('Versi web tidak mengunduh model');
  // A file that is no model is refused before anything runs.
  const notModel = join(dir, 'bukan.bin');
  writeFileSync(notModel, 'bukan model');
  await dialog.locator('input[type="file"]').setInputFiles(notModel);
  await dialog.getByRole('button', { name: 'Mulai' }).click();
  await expect(dialog.getByRole('alert')).toContainText('bukan.bin: bukan berkas model whisper.cpp');
  await dialog.locator('input[type="file"]').setInputFiles(model);
  await dialog.getByRole('button', { name: 'Mulai' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Draf transkrip: \d+ giliran/ })).toBeVisible({ timeout: 120_000 });
  await expect(dialog).toBeHidden();
  const turns = page.locator('.turn');
  const n = await turns.count();
  expect(n).toBeGreaterThan(0);
  await expect(page.locator('.unchecked-count')).toHaveText(`${n} giliran belum diperiksa`);
  await expect(turns.first().locator('.timestamp')).toHaveText(/^\[00:00:\d\d\]$/);
  await session.waitUntilSaved();
  // Every word of the draft is stored with its time, in order, inside the recording.
  const sessionId = decodeURIComponent(/\/session\/([^/?]+)/.exec(page.url())![1]!);
  const stored = await storedRows<{ text: string; words?: { text: string; start: number; end: number }[] }>(page, 'turns', sessionId);
  for (const turn of stored) {
    expect(turn.words!.map((w) => w.text).join(' ')).toBe(turn.text);
    for (const w of turn.words!) expect(w.end).toBeGreaterThanOrEqual(w.start);
  }
  expect(stored.flatMap((t) => t.words!).every((w) => w.start >= 0 && w.end <= samples.length / SPEECH_RATE + 0.01)).toBe(true);
  // Again into the same session: by default the draft goes after what is there.
  await turns.first().getByRole('button', { name: /Belum diperiksa/ }).click();
  await page.getByRole('button', { name: 'Transkripsi otomatis…' }).click();
  await expect(dialog.getByRole('radio', { name: 'Tambahkan draf di akhir' })).toBeChecked();
  await dialog.locator('input[type="file"]').setInputFiles(model);
  await dialog.getByRole('button', { name: 'Mulai' }).click();
  await expect(dialog).toBeHidden({ timeout: 120_000 });
  await expect(turns).toHaveCount(2 * n);
  await expect(page.locator('.unchecked-count')).toHaveText(`${2 * n - 1} giliran belum diperiksa`);
  await session.waitUntilSaved();
  // Each draft is one step of undo.
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(turns).toHaveCount(n);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(turns).toHaveCount(0);
});
