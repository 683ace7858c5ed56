/** Undo and redo reach beyond one turn: splits, coding, speakers and replace-all come undone too. */
import { expect, test } from '@playwright/test';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

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
