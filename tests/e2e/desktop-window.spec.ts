/**
 * The window's side of the desktop app, with the main process played by the test
 * (desktop-bridge.ts): what it reports for the menus and the spell checker, what a menu
 * command does on each screen, the right-click target, a word added to the study's
 * dictionary, a project file the system hands over, and the recent files.
 */
import { expect, test, type Page } from '@playwright/test';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import type { Project } from '../../shared/model.ts';
import { codedStudy, studyWithTranscript } from '../unit/sample-project.ts';
import { chooseMenu, desktopBridge, lastWindowState } from './desktop-bridge.ts';
import { SessionScreen, storedRows, Telaah } from './pages.ts';

const bridge = (page: Page, recent?: Parameters<typeof desktopBridge>[1]['recent']) => desktopBridge(page, { recording: new Uint8Array(44), model: new Uint8Array(16), recent });

test('the menus follow the screen shown and the UI language, and a menu command does what its button does', async ({ page }) => {
  await bridge(page);
  const app = new Telaah(page);
  await app.open();
  await expect.poll(async () => (await lastWindowState(page)).available).toEqual(expect.arrayContaining(['newStudy', 'openProject', 'undo', 'redo']));
  expect((await lastWindowState(page)).lang).toBe('id');
  expect((await lastWindowState(page)).available).not.toContain('saveProject');

  await app.createStudy('Studi menu', 2024);
  await expect.poll(async () => (await lastWindowState(page)).available).toEqual(expect.arrayContaining(['saveProject', 'exportTables']));
  // The spell checker knows the field's terms as soon as a study is open.
  expect((await lastWindowState(page)).spelling).toMatchObject({ lang: 'id', words: expect.arrayContaining(['KPM', 'e-Warong', 'TKSK']) });

  await chooseMenu(page, 'exportTables');
  await expect(app.tab('Ekspor tabel')).toHaveAttribute('aria-selected', 'true');
  await app.tab('Peserta').click();
  await expect.poll(async () => (await lastWindowState(page)).available).toContain('importParticipants');
  // The bridge's open dialog answers with the sample participants.
  await chooseMenu(page, 'importParticipants');
  await expect(page.getByRole('status')).toContainText('peserta.csv diimpor');
  // Their names and places join the study's words.
  await expect.poll(async () => (await lastWindowState(page)).spelling.words).toEqual(expect.arrayContaining(['Sari', 'Dedi', 'Sukamaju']));
  await app.tab('Sesi FGD').click();
  await expect.poll(async () => (await lastWindowState(page)).available).not.toContain('importParticipants');

  await page.getByRole('group', { name: 'Bahasa' }).getByRole('button', { name: 'EN' }).click();
  await expect.poll(async () => (await lastWindowState(page)).lang).toBe('en');
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'ID' }).click();

  await chooseMenu(page, 'newStudy');
  await expect(page.getByLabel('Judul studi')).toBeFocused();
});

test('a project file the system hands over opens on the studies list; the recent list opens one again or says it is gone', async ({ page }) => {
  const project = codedStudy();
  const content = writeProjectFile(project);
  await bridge(page, [
    { file: { path: '/home/rina/Studi Sukamaju.telaah.json', name: 'Studi Sukamaju.telaah.json', openedAt: '2026-11-29T08:00:00.000Z' }, opened: { name: 'Studi Sukamaju.telaah.json', content } },
    { file: { path: '/media/usb/hilang.telaah.json', name: 'hilang.telaah.json', openedAt: '2026-11-28T08:00:00.000Z' }, opened: null },
  ]);
  const app = new Telaah(page);
  await app.open();
  const recent = page.getByRole('region', { name: 'Terakhir dibuka' });
  await expect(recent.getByRole('button')).toHaveText(['Studi Sukamaju.telaah.json', 'hilang.telaah.json']);
  await recent.getByRole('button', { name: 'hilang.telaah.json' }).click();
  await expect(page.getByRole('alert')).toContainText('/media/usb/hilang.telaah.json tidak ada lagi di tempatnya');
  await recent.getByRole('button', { name: 'Studi Sukamaju.telaah.json' }).click();
  await expect(page.getByRole('link', { name: project.study.title })).toBeVisible();

  // Double-clicked in the file manager while a session is open: the window goes to the studies list and offers the choice for a study it has.
  await page.getByRole('link', { name: project.study.title }).click();
  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  await expect(page.locator('.turn').first()).toBeVisible();
  await page.evaluate((c) => window.__desktop.openFile!({ name: 'Studi Sukamaju.telaah.json', content: c }), content);
  await expect(page.getByRole('dialog')).toContainText('sudah ada di perangkat ini');
  await page.getByRole('dialog').getByRole('button', { name: 'Buka sebagai salinan' }).click();
  await expect(page.locator('.study-list li')).toHaveCount(2);
});

/** The sample FGD of `project`, opened from a project file the system hands the app. */
async function openSessionAsHanded(app: Telaah, project: Project) {
  await app.open();
  await app.page.evaluate((c) => window.__desktop.openFile!({ name: 'studi.telaah.json', content: c }), writeProjectFile(project));
  await app.page.getByRole('link', { name: project.study.title }).click();
  await app.page.getByRole('link', { name: 'FGD Sukamaju' }).click();
}

test('on a session the menus find, undo in the session’s history, and act on what a right-click was on; a word is added to the study’s dictionary', async ({ page }) => {
  const project = codedStudy();
  await bridge(page);
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await openSessionAsHanded(app, project);
  await expect.poll(async () => (await lastWindowState(page)).available).toEqual(expect.arrayContaining(['importTranscript', 'attachRecording', 'find', 'hotkeys', 'codeSelection', 'openSegment']));

  // A right-click on coded text: its segment is the target, and "open segment" opens it.
  const sari = await session.turn('Bu Sari', 'Saat pencairan kami mendampingi');
  await sari.locator('mark.seg').first().click({ button: 'right' });
  await expect.poll(async () => (await lastWindowState(page)).context.segmentId).not.toBeNull();
  expect((await lastWindowState(page)).context.codable).toBe(false);
  await chooseMenu(page, 'openSegment');
  await expect(sari.locator('.segment-quote[aria-expanded="true"]')).toHaveCount(1);

  // A right-click on a selection in a turn: it can be coded, and "code this" goes to the code search.
  const words = 'Kadang kami juga membantu KPM';
  await session.selectText(sari, words);
  const box = await session.textBox(sari, words);
  await page.mouse.click((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { button: 'right' });
  await expect.poll(async () => (await lastWindowState(page)).context.codable).toBe(true);
  await chooseMenu(page, 'codeSelection');
  await expect(page.getByRole('searchbox', { name: /Cari kode/ })).toBeFocused();
  // A right-click beside the transcript: nothing under the pointer.
  await page.locator('.help-line').click({ button: 'right' });
  await expect.poll(async () => (await lastWindowState(page)).context).toEqual({ segmentId: null, codable: false });

  // Find & replace from the Edit menu.
  await chooseMenu(page, 'find');
  await expect(page.getByRole('search').getByLabel('Cari…')).toBeFocused();
  await page.keyboard.press('Escape');

  // Undo from the Edit menu takes back what was typed, in the session's history.
  const before = await session.storedTexts();
  await sari.locator('.turn-text').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Tambahan.');
  await session.waitUntilSaved();
  expect((await session.storedTexts()).some((t) => t.endsWith('Tambahan.'))).toBe(true);
  await chooseMenu(page, 'undo');
  await session.waitUntilSaved();
  await expect.poll(() => session.storedTexts()).toEqual(before);

  // "Add to the study's dictionary" from the right-click menu: the word is the study's.
  await page.evaluate(() => window.__desktop.addWord!('Sukamajuu'));
  await page.getByRole('link', { name: project.study.title }).click();
  await expect(page.getByRole('list', { name: 'Kamus studi' })).toContainText('Sukamajuu');
  await expect.poll(async () => (await lastWindowState(page)).spelling.words).toContain('Sukamajuu');
});

test('in the desktop app a code applied before anyone chose a coder is the computer user\'s, said in the coder bar', async ({ page }) => {
  const project = studyWithTranscript();
  await bridge(page);
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await openSessionAsHanded(app, project);
  const statement = 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.';
  await session.selectText(await session.turn('Bu Sari', statement), statement);
  await session.applyCodeWithMouse('4.1.1');
  await expect(page.getByRole('group', { name: 'Pengode' }).getByRole('status')).toContainText('"peneliti"');
  await session.waitUntilSaved();
  expect((await storedRows<{ coder: string }>(page, 'segments')).map((s) => s.coder)).toEqual(['peneliti']);
});
