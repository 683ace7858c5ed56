/** The transcription desk: the session's roster in its details, the speaker keys beside the player, the waveform of a spoken recording, a time mark in a turn, a refused and a clashing hotkey; every size, both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { spokenRecording } from '../unit/speech.ts';
import { wav as wavBytes } from '../unit/wav.ts';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { sendReport, simulatePedal } from '../e2e/webhid.ts';
import { chooseLanguage, REVIEW_SIZES, review, shootEverySize } from './review.ts';

test('transcription desk screens', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const wav = join(mkdtempSync(join(tmpdir(), 'telaah-desk-shots-')), 'fgd-sukamaju.wav');
  const sentences = ['Selamat pagi Bapak Ibu, kita mulai diskusinya.', 'Saya pendamping PKH di Kecamatan Sukamaju.', 'Bantuan disalurkan lewat e-Warong setiap bulan.', 'Kadang dananya terlambat cair.', 'Kami sampaikan ke dinas sosial.', 'Lalu KPM kami dampingi ke e-Warong.'];
  writeFileSync(wav, wavBytes([spokenRecording([...sentences, ...sentences, ...sentences, ...sentences], [1.2, 2.5, 0.8, 3]).samples], SPEECH_RATE, 16));
  await app.startStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019, 'FGD Sukamaju');
  const roster = page.getByRole('group', { name: 'Pembicara sesi dan tombolnya' });
  for (const name of ['Bu Sari', 'Pak Dedi', 'Bu Rina', 'Pak Hendra']) await roster.getByLabel('Tambah pembicara').selectOption({ label: name });
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-state', 'ready');
  await shootEverySize(page, 'desk-roster');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  // A time mark inside the second turn, the recording at 00:00:12.
  await page.getByLabel('Posisi rekaman').fill('12');
  await session.placeCaretBefore(page.locator('.turn').nth(1), 'Saya mendampingi');
  await page.keyboard.press('Control+j');
  await expect(page.locator('.turn .time-mark')).toHaveCount(1);
  await page.locator('.turn').nth(2).locator('.turn-text').click();
  await session.waitUntilSaved();
  await shootEverySize(page, 'desk-waveform');
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  const help = page.getByRole('complementary', { name: 'Pintasan transkripsi' });
  await help.locator('tr[data-action="forward"]').getByRole('button').click();
  await page.keyboard.press('F1');
  await expect(help.getByRole('alertdialog')).toBeVisible();
  await shootEverySize(page, 'desk-hotkey-clash');
});

test('foot pedal settings with a pedal connected and its left pedal held', async ({ page }) => {
  await simulatePedal(page, { vendorId: 0x05f3, productId: 0x00ff, productName: 'VEC USB Footpedal' });
  const app = new Telaah(page);
  await app.startStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019, 'FGD Sukamaju');
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  // The header's language switch is behind the modal dialog: the dialog is opened in each language.
  for (const lang of ['ID', 'EN'] as const) {
    await chooseLanguage(page, lang);
    await page.getByRole('button', { name: lang === 'ID' ? 'Pedal kaki…' : 'Foot pedals…' }).click();
    if (lang === 'ID') await page.getByRole('button', { name: 'Hubungkan pedal…' }).click();
    await expect(page.locator('[data-pedal-device]')).toBeVisible();
    await sendReport(page, [1, 0]);
    await expect(page.locator('[data-pedal="left"]')).toHaveAttribute('data-down', 'true');
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`desk-pedals-${lang.toLowerCase()}-${width}x${height}`) });
    }
    await sendReport(page, [0, 0]);
    await page.getByRole('dialog').getByRole('button', { name: lang === 'ID' ? 'Tutup' : 'Close' }).click();
  }
});
