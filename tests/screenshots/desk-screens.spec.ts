/** The transcription desk: the session's roster in its details, the speaker keys beside the player, the waveform of a spoken recording, a time mark in a turn, a refused and a clashing hotkey; every size, both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

test('README: the transcription desk correcting a draft by ear', async ({ page }) => {
  test.setTimeout(120_000);
  const sentences = ['Selamat pagi Bapak Ibu, silakan ceritakan penyaluran bantuan di desa.', 'Dana PKH cair lewat e-Warong setiap bulan.', 'Kadang dananya terlambat cair, lalu kami sampaikan ke Dinas Sosial.', 'Kami dampingi KPM ke e-Warong supaya bantuannya diterima utuh.'];
  const speakers = ['Moderator', 'Bu Sari', 'Pak Dedi', 'Bu Sari'];
  const unsure = new Map([['e-Warong', 0.38], ['terlambat', 0.44], ['KPM', 0.41]]);
  const { samples, said } = spokenRecording(sentences, [2.5, 1.5, 2, 3]);
  const dir = mkdtempSync(join(tmpdir(), 'telaah-desk-readme-'));
  const wav = join(dir, 'fgd-sukamaju.wav');
  writeFileSync(wav, wavBytes([samples], SPEECH_RATE, 16));
  // A Whisper draft of the recording: each sentence's words spread over its time by length.
  const segments = sentences.map((text, i) => {
    const { start, end } = said[i]!;
    const parts = text.split(' ');
    const total = parts.reduce((n, w) => n + w.length + 1, 0);
    let at = start;
    const words = parts.map((w) => {
      const length = ((w.length + 1) / total) * (end - start);
      const word = { word: ` ${w}`, start: at, end: at + length * 0.9, probability: unsure.get(w.replace(/[.,]$/, '')) ?? 0.93 };
      at += length;
      return word;
    });
    return { start, end, text: ` ${text}`, speaker: `SPEAKER_0${['Moderator', 'Bu Sari', 'Pak Dedi'].indexOf(speakers[i]!)}`, words };
  });
  const draft = join(dir, 'fgd-sukamaju.json');
  writeFileSync(draft, JSON.stringify({ segments, language: 'id' }));

  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open();
  await app.createStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019);
  await app.importParticipants(fixturePath('peserta.csv'));
  await app.addSession('FGD Sukamaju');
  await page.locator('.session-meta').getByLabel('Moderator').fill('Moderator');
  const roster = page.getByRole('group', { name: 'Pembicara sesi dan tombolnya' });
  for (const name of ['Bu Sari', 'Pak Dedi', 'Bu Rina', 'Pak Joko']) await roster.getByLabel('Tambah pembicara').selectOption({ label: name });
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-state', 'ready');
  await session.importTranscript(app, draft, { SPEAKER_00: 'Moderator', SPEAKER_01: 'Bu Sari (PKH)', SPEAKER_02: 'Pak Dedi (TKSK)' });
  await expect(page.locator('.turn')).toHaveCount(4);
  // A time mark where Pak Dedi's turn goes on to the Dinas Sosial.
  await page.getByLabel('Posisi rekaman').fill(String(Math.round((said[2]!.start + said[2]!.end) / 2)));
  await session.placeCaretBefore(page.locator('.turn').nth(2), 'lalu kami');
  await page.keyboard.press('Control+j');
  await page.locator('summary', { hasText: 'Data sesi' }).click();
  await page.locator('.turn').nth(3).locator('.turn-text').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await session.waitUntilSaved();
  // The player at "bulan" in Bu Sari's turn: that word is lit.
  const bulan = segments[1]!.words.find((w) => w.word === ' bulan.')!;
  await page.locator('[data-testid="media-player"] audio').evaluate((a, t) => void ((a as HTMLAudioElement).currentTime = t), bulan.start + 0.05);
  await expect.poll(() => page.evaluate(() => [...((CSS.highlights.get('telaah-playing-word') as Highlight | undefined) ?? [])].map((r) => r.toString()))).toEqual(['bulan']);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: fileURLToPath(new URL('../../docs/screenshots/desk.png', import.meta.url)) });
  await shootEverySize(page, 'desk-draft');
});
