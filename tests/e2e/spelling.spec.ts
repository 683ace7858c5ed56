/**
 * Spelling as a transcriber meets it: the text being typed and the memos carry the
 * study's language and are spell-checked (the browser's own checker in the web build),
 * and the study keeps its own words, which travel in its project file.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseProjectFile } from '../../shared/formats/project-file.ts';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

test('the transcript and memos are checked in the study’s language; the study’s own words are added, refused when not one word, removed, and saved with it', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi ejaan', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const first = page.locator('.turn .turn-text').first();
  await expect(first).toHaveAttribute('lang', 'id');
  await first.click();
  const live = page.locator('.turn-text[contenteditable="true"]');
  await expect(live).toHaveAttribute('lang', 'id');
  await expect(live).toHaveAttribute('spellcheck', 'true');
  await expect(page.getByPlaceholder(/Suasana diskusi, hal yang menonjol/)).toHaveAttribute('lang', 'id');

  await page.getByRole('link', { name: 'Studi ejaan' }).click();
  const spelling = page.getByRole('region', { name: 'Ejaan' });
  await expect(spelling).toContainText('Belum ada kata tambahan.');
  await spelling.getByLabel('Kata baru').fill('Sukamaju');
  await spelling.getByRole('button', { name: 'Tambah kata' }).click();
  await spelling.getByLabel('Kata baru').fill('Mekarsari');
  await spelling.getByLabel('Kata baru').press('Enter');
  await expect(spelling.getByRole('list', { name: 'Kamus studi' }).getByRole('listitem')).toHaveText(['Sukamaju×', 'Mekarsari×']);
  // Two words are not one: refused, saying why, and nothing is added.
  await spelling.getByLabel('Kata baru').fill('dua kata');
  await spelling.getByRole('button', { name: 'Tambah kata' }).click();
  await expect(spelling.getByRole('alert')).toHaveText('Satu kata saja, tanpa spasi.');
  await expect(spelling.getByRole('list', { name: 'Kamus studi' }).getByRole('listitem')).toHaveCount(2);
  await spelling.getByRole('button', { name: 'Hapus "Mekarsari" dari kamus' }).click();
  await expect(spelling.getByRole('list', { name: 'Kamus studi' }).getByRole('listitem')).toHaveText(['Sukamaju×']);

  // An English study: its transcript is checked in English.
  await spelling.getByLabel('Bahasa transkrip').selectOption('en');
  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  await page.locator('.turn .turn-text').first().click();
  await expect(page.locator('.turn-text[contenteditable="true"]')).toHaveAttribute('lang', 'en');

  const saved = await app.saveProjectFile('Studi ejaan');
  const project = parseProjectFile(readFileSync(saved, 'utf8'), 'studi.telaah.json');
  expect([project.study.language, project.study.dictionary]).toEqual(['en', ['Sukamaju']]);
});
