/**
 * A transcript exported from Telaah and imported again comes back the same, in each of the
 * four formats it writes: the same turns, times and time marks, by the same participants
 * (named by their pseudonyms in the files), with two turns in a row by one speaker kept
 * apart. Exports name people by pseudonym in the text too, so the words come back as the
 * export wrote them, the same from every format. The session has a spoken recording
 * (espeak-ng) and a time mark put in with Ctrl+J.
 */
import { expect, test } from '@playwright/test';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { hasEspeak, spokenRecording } from '../unit/speech.ts';
import { wav } from '../unit/wav.ts';
import { fixturePath, SessionScreen, storedRows, Telaah } from './pages.ts';

test.skip(!hasEspeak, 'needs espeak-ng to speak the recording');

interface StoredTurn {
  speakerId: string | null;
  timestamp: number | null;
  text: string;
}

test('every transcript export format (.txt, .docx, .srt, .vtt) imports back to the same turns of the same participants', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'telaah-roundtrip-'));
  const { samples } = spokenRecording(['Selamat pagi Bapak Ibu.', 'Saya pendamping PKH di Sukamaju.', 'Bantuan disalurkan lewat e-Warong.'], [1.5]);
  const recording = join(dir, 'fgd.wav');
  writeFileSync(recording, wav([samples], SPEECH_RATE, 16));
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi pulang-pergi', 2019, 'FGD Sukamaju');
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), recording);
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  // A time mark in Bu Sari's answer, and the next turn hers too (one speaker twice in a row).
  await page.getByLabel('Posisi rekaman').fill('3');
  await session.placeCaretBefore(page.locator('.turn').nth(1), 'Saya mendampingi');
  await page.keyboard.press('Control+j');
  await page.locator('.turn').nth(2).getByLabel('Pembicara').selectOption({ label: 'Bu Sari (PKH)' });
  await session.waitUntilSaved();
  const sessionOf = () => decodeURIComponent(/\/session\/([^/?]+)/.exec(page.url())![1]!);
  const shape = (turns: StoredTurn[]) => turns.map((t) => [t.speakerId, t.timestamp, t.text.trim()]);
  const original = shape(await storedRows<StoredTurn>(page, 'turns', sessionOf()));
  expect(original[1]![2]).toContain('2017. [00:00:03] Saya mendampingi');
  expect(original[2]![0]).toBe(original[1]![0]);

  let exported: string[] | null = null;
  for (const format of ['txt', 'docx', 'srt', 'vtt'] as const) {
    await page.getByLabel('Format ekspor transkrip').selectOption(`.${format}`);
    const file = join(dir, `FGD Sukamaju.${format}`);
    writeFileSync(file, await app.downloadBytes(page.getByRole('button', { name: 'Ekspor transkrip' }), `FGD Sukamaju.${format}`));
    const back = join(dir, `kembali.${format}`);
    copyFileSync(file, back);
    await page.getByRole('link', { name: 'Studi pulang-pergi' }).click();
    await app.addSession(`FGD kembali ${format}`);
    const participantsBefore = (await storedRows(page, 'participants')).length;
    await session.importTranscript(app, back);
    // "Tersimpan" once the imported turns are stored, never before.
    await session.waitUntilSaved();
    const again = shape(await storedRows<StoredTurn>(page, 'turns', sessionOf()));
    // The same speakers and times, turn for turn; the time mark where it was.
    expect(again.map(([speaker, time]) => [speaker, time]), format).toEqual(original.map(([speaker, time]) => [speaker, time]));
    expect(again[1]![2], format).toContain('2017. [00:00:03] Saya mendampingi');
    // The words as the export wrote them (names mentioned in the text as pseudonyms), the same from every format.
    const texts = again.map((t) => t[2] as string);
    expect(texts[1], format).toBe((original[1]![2] as string).replace('Sari', 'P02'));
    exported ??= texts;
    expect(texts, format).toEqual(exported);
    expect((await storedRows(page, 'participants')).length, `${format}: no new participants`).toBe(participantsBefore);
    await page.getByRole('link', { name: 'Studi pulang-pergi' }).click();
    await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  }
});
