/**
 * Choosing a Whisper model in the desktop app: the listed models with their figures, a
 * download with progress that can be cancelled, a failed one that says why and keeps
 * nothing, and a downloaded model chosen and used for a real transcription (the
 * generated test model, read from the URL the app's data folder gives it). The main
 * process is played by tests/e2e/desktop-bridge.ts; the web build's own path (a model
 * file chosen by hand) is tested in transcribe.spec.ts.
 */
import { expect, test } from '@playwright/test';
import { SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { TINY_TEST_SHAPE, whisperTestModel } from '../../scripts/whisper-test-model.ts';
import { hasEspeak, spokenRecording } from '../unit/speech.ts';
import { wav } from '../unit/wav.ts';
import { desktopBridge, startRecordedSession } from './desktop-bridge.ts';

test.skip(!hasEspeak, 'needs espeak-ng to speak the test recording');

test('a model is downloaded with progress, a cancelled or failed download keeps nothing, and the downloaded model transcribes', async ({ page }) => {
  test.setTimeout(180_000);
  const { samples } = spokenRecording(['Selamat pagi Bapak Ibu.', 'Saya pendamping PKH.'], [2]);
  await desktopBridge(page, {
    recording: wav([samples], SPEECH_RATE, 16),
    model: whisperTestModel(TINY_TEST_SHAPE, ['selamat', 'pagi']),
    downloadOutcomes: ['checksum'],
  });
  await startRecordedSession(page, 'Studi desktop');
  await page.getByRole('button', { name: 'Transkripsi otomatis…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transkripsi otomatis' });
  const models = dialog.getByRole('group', { name: 'Model Whisper' });
  const row = (name: string) => models.getByRole('row').filter({ has: page.getByRole('radio', { name, exact: true }) });

  // Every listed model with its published figures; none downloaded yet, so none can be chosen.
  await expect(models.getByRole('radio')).toHaveCount(6);
  await expect(row('small')).toContainText('488 MB');
  await expect(row('large-v3')).toContainText('CV15 7,2% · FLEURS 6,1%');
  await expect(models).toContainText('/home/peneliti/.config/Telaah/models');
  await expect(dialog.getByRole('button', { name: 'Mulai' })).toBeDisabled();

  // A download stopped part-way: its progress showed, then nothing is installed and nothing is wrong.
  await row('small').getByRole('button', { name: 'Unduh' }).click();
  await expect(row('small').getByRole('progressbar', { name: 'Mengunduh small' })).toBeVisible();
  await expect(row('small')).toContainText(/[1-9]\d?%/);
  await row('small').getByRole('button', { name: 'Batal' }).click();
  await expect(row('small').getByRole('button', { name: 'Unduh' })).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(row('small').getByRole('radio')).toBeDisabled();

  // A download whose checksum differs says so and installs nothing.
  await row('small').getByRole('button', { name: 'Unduh' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Berkas small yang diunduh tidak cocok dengan SHA-256 yang diterbitkan; berkas dibuang.');
  await expect(row('small').getByRole('radio')).toBeDisabled();

  // The next one arrives whole: installed, chosen, and used.
  await row('small').getByRole('button', { name: 'Unduh' }).click();
  await expect(row('small')).toContainText('Terpasang');
  await expect(row('small').getByRole('radio')).toBeChecked();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Mulai' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Draf transkrip: \d+ giliran/ })).toBeVisible({ timeout: 120_000 });
  await expect(page.locator('.turn').first()).toBeVisible();

  // Next time the dialog opens, the downloaded model is already chosen.
  await page.getByRole('button', { name: 'Transkripsi otomatis…' }).click();
  await expect(row('small').getByRole('radio')).toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Mulai' })).toBeEnabled();
});
