/**
 * The project file carries a whole study between machines, and a four-hour transcript
 * stays workable because only the turns near the viewport are in the page.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_VERSION } from '../../shared/formats/project-file.ts';
import { fixturePath, MatrixScreen, SessionScreen, Telaah } from './pages.ts';

test('a study saved as a project file opens on another machine with its coding and summaries', async ({ page, browser }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi untuk dibawa', 2021, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const statement = 'Saya mengecek kualitas barang yang datang.';
  await session.selectText(await session.turn('Pak Joko', statement), statement);
  await session.applyCodeWithMouse('4.4.6');
  await page.getByRole('link', { name: 'Studi untuk dibawa' }).click();
  await app.tab('Matriks').click();
  await new MatrixScreen(page).cell('4.4.6', 'TKSK').click();
  await page.getByLabel('Ringkasan sel').fill('Memeriksa mutu barang yang datang.');
  await app.tab('Ekspor tabel').click();

  const saved = await app.download(page.getByRole('button', { name: 'Simpan file proyek' }), 1);
  const [name, content] = [...saved.entries()][0]!;
  expect(name).toBe('studi-untuk-dibawa.telaah.json');
  expect(JSON.parse(content)).toMatchObject({ format: 'telaah-project', version: PROJECT_VERSION, study: { title: 'Studi untuk dibawa', year: 2021 } });
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-project-')), name);
  writeFileSync(file, content);

  // A fresh browser profile: an empty database, as on a colleague's laptop.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  const app2 = new Telaah(page2);
  await app2.open();
  await app2.chooseFile(page2.getByRole('button', { name: 'Buka file proyek…' }), file);
  await expect(page2.getByRole('status').filter({ hasText: 'Studi "Studi untuk dibawa" dibuka.' })).toBeVisible();
  await page2.getByRole('link', { name: 'Studi untuk dibawa' }).click();
  await expect(page2.getByTestId('study-overview')).toHaveText('1 sesi FGD · 6 peserta · 1 segmen berkode · 1 ringkasan sel');
  await app2.tab('Matriks').click();
  await new MatrixScreen(page2).expectCount('4.4.6', 'TKSK', 1);
  await new MatrixScreen(page2).cell('4.4.6', 'TKSK').click();
  await expect(page2.getByLabel('Ringkasan sel')).toHaveValue('Memeriksa mutu barang yang datang.');

  // Saved again from the other machine, the file is the same byte for byte.
  const again = await app2.download(page2.getByRole('button', { name: 'Simpan file proyek' }), 1);
  expect(again.get(name)).toBe(readFileSync(file, 'utf8'));
  await other.close();
});

test('a file that is not a project is refused with a clear message', async ({ page }) => {
  const app = new Telaah(page);
  await app.open();
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-project-')), 'catatan.telaah.json');
  writeFileSync(file, '{"format": "telaah-project", "version": 1, "study": {"title": 5}}');
  await app.chooseFile(page.getByRole('button', { name: 'Buka file proyek…' }), file);
  await expect(page.getByRole('alert')).toContainText('catatan.telaah.json: study.id: seharusnya teks');
  await expect(page.getByText('Belum ada studi.')).toBeVisible();
});

test('opening a project file of a study already here offers to replace it or open it as a copy; cancelling changes nothing', async ({ page }) => {
  const app = new Telaah(page);
  await app.startStudy('Studi ganda', 2022, 'FGD 1');
  const file = await app.saveProjectFile('Studi ganda');
  await app.open();
  const studies = page.locator('.study-list .study-link');
  const openIt = () => app.chooseFile(page.getByRole('button', { name: 'Buka file proyek…' }), file);

  await openIt();
  const dialog = page.getByRole('dialog', { name: 'Studi ini sudah ada' });
  await expect(dialog).toContainText('Studi "Studi ganda" sudah ada di perangkat ini.');
  await dialog.getByRole('button', { name: 'Batal' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(studies).toHaveText(['Studi ganda']);

  await openIt();
  await dialog.getByRole('button', { name: 'Buka sebagai salinan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'File dibuka sebagai salinan "Studi ganda".' })).toBeVisible();
  await expect(studies).toHaveCount(2);
  expect((await studies.allTextContents()).sort()).toEqual(['Studi ganda', 'Studi ganda (salinan)']);

  await openIt();
  await dialog.getByRole('button', { name: 'Ganti studi yang ada' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Studi "Studi ganda" diganti dengan isi file.' })).toBeVisible();
  await expect(studies).toHaveCount(2);
});

test('a four-hour transcript of 4,000 turns keeps only the visible turns in the page, with one live editor, and takes fast typing at its end while scrolled', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const speakers = ['Moderator', 'Bu Sari', 'Pak Dedi', 'Bu Rina', 'Pak Joko'];
  const turns = Array.from({ length: 4000 }, (_, i) => {
    const s = i * 3;
    const stamp = `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
    return `[${stamp}] ${speakers[i % 5]}: Giliran ${i + 1}: kami mendampingi KPM saat pencairan bantuan di e-Warong dan mencatat stok beras setiap minggu.`;
  });
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-long-')), 'fgd-panjang.txt');
  writeFileSync(file, turns.join('\n\n'));

  await app.startStudy('Studi panjang', 2024, 'FGD empat jam');
  await session.importTranscript(app, file);
  await expect(page.getByRole('status').filter({ hasText: 'fgd-panjang.txt diimpor: 4000 giliran bicara.' })).toBeVisible();
  await expect(page.locator('.turn').first()).toContainText('Giliran 1:');
  expect(await page.locator('.turn').count()).toBeLessThan(40);
  expect(await page.locator('[contenteditable="true"]').count()).toBe(0);

  await session.transcript.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator('.turn', { hasText: 'Giliran 4000:' })).toBeVisible();

  // The last turn is editable like any other; new turns at the bottom take keys typed at
  // 30 ms straight through Enter, while the wheel scrolls the list up and down.
  const last = page.locator('.turn', { hasText: 'Giliran 4000:' }).locator('.turn-text');
  await last.click();
  await page.keyboard.press('Control+End');
  expect(await page.locator('[contenteditable="true"]').count()).toBe(1);
  const box = (await session.transcript.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const typed = [' Selesai.', 'Giliran baru di bagian bawah.', 'Dan satu lagi, Bu.'];
  for (const [i, text] of typed.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    for (const [k, key] of [...text].entries()) {
      await page.keyboard.type(key);
      if (k % 7 === 3) await page.mouse.wheel(0, k % 2 ? -600 : 600);
      await page.waitForTimeout(30);
    }
  }
  await session.waitUntilSaved();
  const stored = await session.storedTexts();
  expect(stored).toHaveLength(4002);
  expect(stored.slice(-3)).toEqual([turns[3999]!.replace(/^\[[^\]]+\] [^:]+: /, '') + typed[0], typed[1], typed[2]]);
  expect(await page.locator('[contenteditable="true"]').count()).toBe(1);
  await page.reload();
  await session.transcript.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator('.turn', { hasText: 'Giliran 4000:' })).toContainText('setiap minggu. Selesai.');
});
