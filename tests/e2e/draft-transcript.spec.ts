/**
 * A speech recogniser's transcript (Whisper JSON) comes in as a draft: every turn marked
 * unchecked, a count in the toolbar, a button to the next one and a list of them all;
 * confirming a turn or typing in it checks it, undo brings the mark back, and the marks
 * survive a reload.
 */
import { expect, test } from '@playwright/test';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

test('an automatic transcript is read turn by turn: marked, counted, confirmed or corrected, and the marks are kept', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi draf', 2024, 'FGD otomatis');
  await session.importTranscript(app, fixturePath('fgd-whisperx.json'));
  const count = page.locator('.unchecked-count');
  await expect(count).toHaveText('4 giliran belum diperiksa');
  await expect(page.locator('.turn.turn-unchecked')).toHaveCount(4);

  // Confirmed as it is: the text stays, the mark goes.
  const first = page.locator('.turn').nth(0);
  const text = await first.locator('.turn-text').textContent();
  await first.getByRole('button', { name: /Belum diperiksa/ }).click();
  await expect(count).toHaveText('3 giliran belum diperiksa');
  await expect(first.locator('.turn-text')).toHaveText(text!);
  await expect(first).not.toHaveClass(/turn-unchecked/);

  // The next unchecked turn takes the caret; a correction typed there checks it.
  await page.getByRole('button', { name: /Berikutnya yang belum diperiksa/ }).click();
  const second = page.locator('.turn').nth(1);
  await expect(second.locator('.turn-text[contenteditable="true"]')).toBeFocused();
  await page.keyboard.type('Ya. ', { delay: 40 });
  await expect(count).toHaveText('2 giliran belum diperiksa');
  await expect(second).not.toHaveClass(/turn-unchecked/);

  // Undo puts the text and the mark back.
  await page.keyboard.press('Control+z');
  await expect(count).toHaveText('3 giliran belum diperiksa');
  await page.keyboard.press('Control+Shift+z');
  await expect(count).toHaveText('2 giliran belum diperiksa');
  await session.waitUntilSaved();

  await page.reload();
  await expect(count).toHaveText('2 giliran belum diperiksa');
  await expect(page.locator('.turn').nth(1).locator('.turn-text')).toContainText('Ya. ');
  await expect(page.locator('.turn').nth(0)).not.toHaveClass(/turn-unchecked/);

  // The list of what is left to read: the two unchecked turns, with their time and words; one opens its turn.
  await page.getByRole('button', { name: /Daftar belum diperiksa/ }).click();
  const left = page.getByRole('list', { name: 'Daftar belum diperiksa' }).getByRole('button');
  await expect(left).toHaveCount(2);
  const last = page.locator('.turn').nth(3);
  const lastText = (await last.locator('.turn-text').textContent())!;
  await expect(left.nth(1)).toContainText(lastText.slice(0, 30));
  await expect(left.nth(1)).toContainText(/^\[\d\d:\d\d:\d\d\]/);
  await left.nth(1).click();
  await expect(last.locator('.turn-text[contenteditable="true"]')).toBeFocused();
  await last.getByRole('button', { name: /Belum diperiksa/ }).click();
  await expect(left).toHaveCount(1);
  // Esc in the list closes it.
  await left.first().focus();
  await page.keyboard.press('Escape');
  await expect(left).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Daftar belum diperiksa/ })).toHaveAttribute('aria-expanded', 'false');
});
