/** Versions: saved on demand and every ten minutes of editing; any of them can be read and restored. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import { countWords } from '../../shared/versions.ts';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

test('a version saved before a bad edit brings the transcript back, and the bad edit is kept as a version', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi versi', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await page.getByRole('button', { name: 'Simpan versi' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Versi disimpan.' })).toBeVisible();
  // The notice does not stay behind in Indonesian when the interface turns English.
  const language = page.getByRole('group', { name: /^(Bahasa|Language)$/ });
  await language.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('button', { name: 'Save version' })).toBeVisible();
  await expect(page.getByText('Versi disimpan.')).toHaveCount(0);
  await language.getByRole('button', { name: 'ID' }).click();

  const first = page.locator('.turn .turn-text').first();
  await first.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Teks yang terhapus tidak sengaja.');
  await session.waitUntilSaved();

  await page.getByRole('button', { name: 'Versi (1)' }).click();
  const panel = page.getByRole('complementary', { name: 'Versi transkrip' });
  await expect(panel.locator('li')).toHaveCount(1);
  const words = countWords(parseTranscriptTxt(readFileSync(fixturePath('fgd-sukamaju.txt'), 'utf8'), 'f').map((t) => t.text));
  await expect(panel.locator('li').first()).toContainText(`disimpan · ${words} kata`);
  await panel.getByRole('button', { name: 'Lihat' }).click();
  const viewer = page.getByRole('dialog');
  await expect(viewer).toContainText('Moderator: Selamat pagi Bapak Ibu.');
  page.once('dialog', (d) => void d.accept());
  await viewer.getByRole('button', { name: 'Pulihkan versi ini' }).click();

  await expect(first).toContainText('Selamat pagi Bapak Ibu.');
  await expect(page.getByRole('button', { name: 'Versi (2)' })).toBeVisible();
  await expect(panel.locator('li').first()).toContainText('sebelum pemulihan');
  await page.reload();
  await expect(page.locator('.turn .turn-text').first()).toContainText('Selamat pagi Bapak Ibu.');
});

test('a version is saved by itself after ten minutes of editing', async ({ page }) => {
  await page.clock.install();
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi otomatis', 2024, 'FGD 1');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await expect(page.locator('.turn .turn-text').first()).toBeFocused();
  await page.keyboard.type('Catatan awal diskusi.');
  await session.waitUntilSaved();
  await expect(page.getByRole('button', { name: 'Versi (0)' })).toBeVisible();
  await page.clock.fastForward('09:00');
  await expect(page.getByRole('button', { name: 'Versi (0)' })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('button', { name: 'Versi (1)' })).toBeVisible();
  // Nothing typed since: no further version.
  await page.clock.fastForward('20:00');
  await expect(page.getByRole('button', { name: 'Versi (1)' })).toBeVisible();
});
