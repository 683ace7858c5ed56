/**
 * A fast transcriber: keys 30 ms apart, straight through Enter, Backspace at a turn's
 * start, Delete at its end, the arrows between turns and the speaker hotkeys, never
 * waiting for the screen. Every character must be stored, in the turn where the caret
 * was, and come back after a reload exactly.
 */
import { expect, test, type Page } from '@playwright/test';
import { SessionScreen, Telaah } from './pages.ts';

const KEY_MS = 30;

async function press(page: Page, ...keys: string[]) {
  for (const key of keys) await page.keyboard.press(key, { delay: 5 }).then(() => page.waitForTimeout(KEY_MS));
}

const SENTENCES = [
  'Baik, saya mulai.',
  'Ibu-ibu KPM biasanya datang ke e-Warong tanggal sepuluh.',
  'Kalau ada keluhan, kami catat dulu di buku.',
  'Pak Joko mengecek kualitas beras yang datang.',
  'Pembukuan pengurus KUBE masih manual, belum pakai aplikasi.',
  'Saya sampaikan ke Dinas Sosial kalau stok kurang.',
  'Ya, betul.',
  'Terima kasih, Bu Sari.',
  'Pendamping PKH mendampingi dua ratus lima puluh keluarga.',
  'TKSK di kecamatan kami cuma satu orang.',
  'Jadi koordinasinya lewat grup WhatsApp.',
  'Ada yang mau menambahkan?',
];

test('thirty turns typed at 30 ms a key across Enter are stored character for character', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi juru ketik', 2024, 'FGD cepat');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  const turns = Array.from({ length: 30 }, (_, i) => `${i + 1}. ${SENTENCES[i % SENTENCES.length]}`);
  for (const [i, text] of turns.entries()) {
    await page.keyboard.type(text, { delay: KEY_MS });
    if (i < turns.length - 1) await press(page, 'Enter');
  }
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(turns);
  await page.reload();
  await expect(page.locator('.turn .turn-text').first()).toHaveText(turns[0]!);
});

test('Backspace, Delete, the arrows and the speaker hotkeys at 30 ms a key put every character in its turn', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi tombol', 2024, 'FGD tombol');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  const type = (text: string) => page.keyboard.type(text, { delay: KEY_MS });

  await type('Halo semua.');
  await press(page, 'Enter', 'Backspace'); // split and joined back at once
  await type(' Kita mulai.');
  await press(page, 'Enter');
  await type('Kedua.');
  await press(page, 'ArrowUp');
  await type(' Ya.');
  await press(page, 'ArrowDown');
  await type('Awal ');
  await press(page, 'End', 'Enter');
  await type('Ketiga');
  await press(page, 'ArrowUp', 'End', 'Delete'); // the third turn joins the second
  await type('!');
  await press(page, 'Control+1'); // a new turn for the first speaker of the roster, after the caret's turn
  await type('Saya Bu Rina dari Mekarsari.');
  await press(page, 'Control+0', 'Home');
  await type('Moderator menutup.');

  const expected = ['Halo semua. Kita mulai. Ya.', 'Awal Kedua.!Ketiga', 'Saya Bu Rina dari Mekarsari.', 'Moderator menutup.'];
  await expect(page.locator('.turn .turn-text')).toHaveText(expected);
  await expect(page.locator('.turn').nth(2)).toHaveAttribute('data-speaker', 'Bu Rina');
  await expect(page.locator('.turn').nth(3)).toHaveAttribute('data-speaker', 'Moderator');
  await session.waitUntilSaved();
  await page.reload();
  expect(await session.storedTexts()).toEqual(expected);
});

test('text inserted at once (paste, IME) lands where the caret is, also right after Enter', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi tempel', 2024, 'FGD tempel');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('Pertama.', { delay: KEY_MS });
  await press(page, 'Enter');
  await page.keyboard.insertText('Kalimat yang ditempel sekaligus.');
  await page.keyboard.type(' Lalu diketik.', { delay: KEY_MS });
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(['Pertama.', 'Kalimat yang ditempel sekaligus. Lalu diketik.']);
});

test('an IME composition lands where the caret is and typing goes on after it, across Enter', async ({ page, context }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi IME', 2024, 'FGD IME');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('Dia bilang ', { delay: KEY_MS });
  // An input method composes a word in steps, then commits it (as CDP drives Chromium's IME).
  const cdp = await context.newCDPSession(page);
  for (const step of ['t', 'te', 'ter', 'teri', 'terim', 'terima']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: 'terima' });
  await page.keyboard.type(' kasih.', { delay: KEY_MS });
  await press(page, 'Enter');
  for (const step of ['s', 'sa', 'sam', 'sama']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  await cdp.send('Input.insertText', { text: 'sama' });
  await page.keyboard.type('-sama.', { delay: KEY_MS });
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(['Dia bilang terima kasih.', 'sama-sama.']);
});
