/** Undo and redo reach beyond one turn: splits, coding, speakers and replace-all come undone too. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

const SUKAMAJU_TURNS = parseTranscriptTxt(readFileSync(fixturePath('fgd-sukamaju.txt'), 'utf8'), 'fgd-sukamaju.txt').length;

test('a note-taker undoes a split, a code, a speaker change and a replace-all, and redoes them', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi urung', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const texts = page.locator('.turn .turn-text');
  const sari = 'Saya Sari, pendamping PKH Kecamatan Sukamaju sejak 2017. Saya mendampingi sekitar dua ratus lima puluh KPM di empat desa.';
  await expect(texts.nth(1)).toHaveText(sari);

  // Split Bu Sari's introduction with Enter, then undo and redo from the keyboard.
  await texts.nth(1).click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'Saya Sari, pendamping PKH Kecamatan Sukamaju sejak 2017. '.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(texts.nth(1)).toHaveText('Saya Sari, pendamping PKH Kecamatan Sukamaju sejak 2017. ');
  await expect(texts.nth(2)).toHaveText('Saya mendampingi sekitar dua ratus lima puluh KPM di empat desa.');
  await page.keyboard.press('Control+z');
  await expect(texts.nth(1)).toHaveText(sari);
  await expect(texts.nth(2)).toHaveText(/^Saya Dedi, TKSK/);
  await page.keyboard.press('Control+Shift+z');
  await expect(texts.nth(2)).toHaveText('Saya mendampingi sekitar dua ratus lima puluh KPM di empat desa.');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(texts.nth(1)).toHaveText(sari);

  // Coding comes undone from the toolbar.
  const statement = 'Saya mengecek kualitas barang yang datang.';
  const joko = await session.turn('Pak Joko', statement);
  await session.selectText(joko, statement);
  await session.applyCodeWithMouse('4.4.6');
  await expect(joko.locator('mark.seg')).toHaveText(statement);
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(joko.locator('mark.seg')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ulangi' }).click();
  await expect(joko.locator('mark.seg')).toHaveText(statement);

  // A speaker chosen by mistake.
  await session.transcript.evaluate((el) => el.scrollTo(0, 0));
  const first = page.locator('.turn').filter({ hasText: 'Selamat pagi Bapak Ibu.' });
  await first.getByLabel('Pembicara').selectOption({ label: 'Pak Hendra' });
  await expect(first).toHaveAttribute('data-speaker', 'Pak Hendra');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(first).toHaveAttribute('data-speaker', 'Moderator');

  // Replace-all across the session.
  await page.getByRole('button', { name: 'Cari & ganti' }).click();
  await page.getByLabel('Cari…').fill('e-Warong');
  await page.getByLabel('Ganti dengan…').fill('warung elektronik');
  await page.getByRole('button', { name: 'Ganti semua' }).click();
  await expect(page.getByTestId('find-count')).toHaveText('0 cocok di 0 giliran');
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByTestId('find-count')).not.toHaveText('0 cocok di 0 giliran');
  await expect((await session.turn('Pak Joko', statement)).locator('mark.seg')).toHaveText(statement);

  // Typing is undone by the turn's own editor, not by the session history.
  await session.transcript.evaluate((el) => el.scrollTo(0, 0));
  const opening = first.locator('.turn-text');
  await opening.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Tambahan.');
  await page.keyboard.press('Control+z');
  await expect(opening).not.toContainText('Tambahan.');
  await expect(opening).toHaveText(/^Selamat pagi Bapak Ibu\./);
});

test('undo after importing a transcript over a split one brings the old transcript back whole, never mixed', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi urung impor', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const texts = page.locator('.turn .turn-text');
  await expect.poll(() => session.storedTexts()).toHaveLength(SUKAMAJU_TURNS);
  const original = await session.storedTexts();

  // Split Bu Sari's introduction, then import another transcript over the session.
  await texts.nth(1).click();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'Saya Sari, '.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await session.waitUntilSaved();
  const split = await session.storedTexts();
  expect(split).toHaveLength(original.length + 1);
  page.once('dialog', (dialog) => void dialog.accept());
  await session.importTranscript(app, fixturePath('fgd-otter.srt'));
  await expect.poll(async () => (await session.storedTexts()).includes(split[0]!)).toBe(false);
  const imported = await session.storedTexts();
  expect(imported.some((text) => original.includes(text))).toBe(false);

  await page.getByRole('button', { name: 'Urungkan' }).click();
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(split);
  await page.keyboard.press('Control+z');
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(original);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(imported);
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
});

test('undo after restoring a version brings back the transcript it replaced; a refused import is no failed save', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi urung versi', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await expect.poll(() => session.storedTexts()).toHaveLength(SUKAMAJU_TURNS);
  const original = await session.storedTexts();
  await page.getByRole('button', { name: 'Simpan versi' }).click();
  const first = page.locator('.turn .turn-text').first();
  await first.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tambahan sesudah versi.');
  await session.waitUntilSaved();
  const edited = await session.storedTexts();

  await page.getByRole('button', { name: 'Versi (1)' }).click();
  const panel = page.getByRole('complementary', { name: 'Versi transkrip' });
  await panel.getByRole('button', { name: 'Lihat' }).click();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('dialog').getByRole('button', { name: 'Pulihkan versi ini' }).click();
  await expect(first).not.toContainText('Tambahan sesudah versi.');
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(original);

  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(first).toContainText('Tambahan sesudah versi.');
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(edited);

  // A coded session refuses a new transcript: the user is told, and nothing failed to save.
  await session.selectText(page.locator('.turn').first(), 'Selamat pagi Bapak Ibu.');
  await session.applyCodeWithMouse('4.1.1');
  page.once('dialog', (dialog) => void dialog.accept());
  await session.openTranscript(app, fixturePath('fgd-otter.srt'));
  await page.getByRole('dialog').getByRole('button', { name: /^Impor \d+ giliran$/ }).click();
  await expect(page.getByRole('alert')).toContainText('fgd-otter.srt');
  await expect(page.getByTestId('save-status')).toHaveText('Tersimpan');
});
