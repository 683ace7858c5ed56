/** Find and replace across a session, with the words of coded segments kept coded; the bar takes the caret when it opens and Esc closes it. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { findMatches } from '../../shared/find-replace.ts';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

test('a note-taker replaces an abbreviation everywhere and the coded statement keeps its code', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi cari', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const statement = 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.';
  await session.selectText(await session.turn('Bu Sari', statement), statement);
  await session.applyCodeWithMouse('4.1.1');

  const turns = parseTranscriptTxt(readFileSync(fixturePath('fgd-sukamaju.txt'), 'utf8'), 'f');
  const expected = turns.map((t) => findMatches(t.text, 'KPM', true).length);
  const matches = expected.reduce((a, b) => a + b, 0);
  const inTurns = expected.filter((n) => n > 0).length;

  // The bar opens with the caret in its field, and Esc closes it.
  await page.getByRole('button', { name: 'Cari & ganti' }).click();
  const bar = page.getByRole('search', { name: 'Cari dan ganti' });
  await expect(bar.getByLabel('Cari…')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await page.getByRole('button', { name: 'Cari & ganti' }).click();
  await page.keyboard.type('KPM');
  await expect(bar.getByLabel('Cari…')).toHaveValue('KPM');
  await expect(page.getByTestId('find-count')).toHaveText(`${matches} cocok di ${inTurns} giliran`);
  await bar.getByLabel('Huruf besar/kecil sama').check();
  await bar.getByLabel('Cari…').fill('kpm');
  await expect(page.getByTestId('find-count')).toHaveText('0 cocok di 0 giliran');
  await bar.getByLabel('Cari…').fill('KPM');

  await bar.getByRole('button', { name: 'Berikutnya' }).click();
  await expect(page.locator('.turn-highlighted')).toContainText('KPM');

  await bar.getByLabel('Ganti dengan…').fill('keluarga penerima manfaat');
  await bar.getByRole('button', { name: 'Ganti semua' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${matches} teks diganti.` })).toBeVisible();
  await expect(page.getByTestId('find-count')).toHaveText('0 cocok di 0 giliran');

  const replaced = statement.replace('KPM', 'keluarga penerima manfaat');
  const sari = await session.turn('Bu Sari', replaced);
  await expect(sari.locator('mark.seg')).toHaveText(replaced);
  await session.waitUntilSaved();
  await page.reload();
  await expect((await session.turn('Bu Sari', replaced)).locator('mark.seg')).toHaveText(replaced);
  await expect(session.segment(replaced).locator('.code-chip')).toHaveText(['4.1.1×']);
});
