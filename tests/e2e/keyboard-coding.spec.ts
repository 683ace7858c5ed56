/**
 * Coding without the mouse: select words with Shift+arrows, Ctrl+K to the code search,
 * find the code by its Indonesian name, Enter applies it and the caret is back in the
 * text; Esc from the search returns to the text with the selection as it was.
 */
import { expect, test } from '@playwright/test';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

const PEMBUKUAN = 'membuat pembukuan sederhana';

test('a coder codes by keyboard alone: Ctrl+K to the code search, an Indonesian role name, Enter, and Esc back to the selection', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi papan ketik', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  // A session with turns opens with its details folded, leaving the screen to the transcript.
  await expect(page.locator('details.session-meta')).toHaveAttribute('open', '');
  await session.waitUntilSaved();
  await expect.poll(async () => (await session.storedTexts()).length).toBe(26);
  await page.reload();
  await expect(page.locator('details.session-meta')).not.toHaveAttribute('open', '');
  const sari = await session.turn('Bu Sari', PEMBUKUAN);
  await session.placeCaretBefore(sari, PEMBUKUAN);
  for (let i = 0; i < PEMBUKUAN.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByLabel('Teks terpilih')).toHaveText(PEMBUKUAN);

  // Esc from the search: back in the text, the same words still selected.
  await page.keyboard.press('Control+k');
  await expect(page.getByLabel('Cari kode atau kata…')).toBeFocused();
  await page.keyboard.type('edukator');
  await page.keyboard.press('Escape');
  await expect(page.locator('.turn-text[contenteditable="true"]')).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(PEMBUKUAN);
  await expect(page.getByLabel('Cari kode atau kata…')).toHaveValue('');

  // Ctrl+K, the Indonesian name of the role and of the agenda item, Enter: coded, and the caret back in the text.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('edukator keuangan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Kode 4.3.5 diterapkan.' })).toBeVisible();
  await expect(session.segment(PEMBUKUAN).locator('.code-chip')).toHaveText(/^4\.3\.5/);
  await expect(page.locator('.turn-text[contenteditable="true"]')).toBeFocused();

  // The key is listed with the other hotkeys.
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  await expect(page.getByRole('complementary', { name: 'Pintasan transkripsi' })).toContainText('Ke pencarian kode (Esc kembali ke teks)');
});
