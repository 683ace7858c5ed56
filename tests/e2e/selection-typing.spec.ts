/**
 * Typing over a mouse selection as a word processor does, wherever the selection lies:
 * inside a turn's static text while another turn is being edited, from the live editor
 * into static turns, from static text into static text, and then Backspace, Enter, cut,
 * paste and undo. Typed at 30 ms a key; what the database holds is compared character by
 * character with what a word processor would have made of it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

async function openSample(page: Page) {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi pilihan', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await session.waitUntilSaved();
  return { app, session, turns: page.locator('.turn') };
}

/** Drags the mouse from the start of `from` in one turn to the end of `to` in another (or the same) turn. */
async function drag(session: SessionScreen, start: { turn: Locator; text: string }, end: { turn: Locator; text: string }) {
  const a = await session.textBox(start.turn, start.text);
  const b = await session.textBox(end.turn, end.text);
  await session.page.mouse.move(a.x1, a.y1);
  await session.page.mouse.down();
  await session.page.mouse.move(b.x2, b.y2, { steps: 10 });
  await session.page.mouse.up();
  // The selection's end is read from its node: Chromium's toString() stops at the edge of an editable element.
  await expect.poll(() => session.page.evaluate(() => window.getSelection()?.focusNode?.textContent ?? '')).toContain(end.text);
}

/** The stored texts once the save has landed. */
async function saved(session: SessionScreen): Promise<string[]> {
  await session.waitUntilSaved();
  return session.storedTexts();
}

const cut = (text: string, from: string, to: string) => ({ before: text.slice(0, text.indexOf(from)), after: text.slice(text.indexOf(to) + to.length) });

test('typing over a word selected in a static turn while another turn is being edited replaces it', async ({ page }) => {
  const { session, turns } = await openSample(page);
  const before = await session.storedTexts();
  await session.placeCaretBefore(turns.nth(0), 'Terima kasih');
  await expect(turns.nth(0).locator('.turn-text')).toBeFocused();
  await drag(session, { turn: turns.nth(2), text: 'TKSK' }, { turn: turns.nth(2), text: 'TKSK' });
  await page.keyboard.type('Tenaga Kesejahteraan Sosial', { delay: 30 });
  const expected = [...before];
  expected[2] = before[2]!.replace('TKSK', 'Tenaga Kesejahteraan Sosial');
  expect(await saved(session)).toEqual(expected);
  // The turn typed into is the one being edited now: typing goes on there.
  await page.keyboard.type(' Kecamatan', { delay: 30 });
  expected[2] = expected[2]!.replace('Tenaga Kesejahteraan Sosial', 'Tenaga Kesejahteraan Sosial Kecamatan');
  expect(await saved(session)).toEqual(expected);
});

test('typing over a selection dragged from the live editor into a third turn joins the ends, and undo takes it back', async ({ page }) => {
  const { session, turns } = await openSample(page);
  const before = await session.storedTexts();
  await session.placeCaretBefore(turns.nth(0), 'Kita akan');
  await drag(session, { turn: turns.nth(0), text: 'Kita akan' }, { turn: turns.nth(2), text: 'Kecamatan Sukamaju.' });
  await page.keyboard.type('Mari mulai.', { delay: 30 });
  const a = cut(before[0]!, 'Kita akan', 'Kita akan');
  const c = cut(before[2]!, 'Kecamatan Sukamaju.', 'Kecamatan Sukamaju.');
  const expected = [a.before + 'Mari mulai.' + c.after, ...before.slice(3)];
  expect(await saved(session)).toEqual(expected);
  await expect(turns.nth(0).locator('.turn-text')).toHaveText(expected[0]!);

  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  expect(await saved(session)).toEqual(before);
});

test('Backspace over static text from one turn into the next joins them; Enter over a selection splits there', async ({ page }) => {
  const { session, turns } = await openSample(page);
  const before = await session.storedTexts();
  await drag(session, { turn: turns.nth(3), text: 'fakir miskin.' }, { turn: turns.nth(4), text: 'Baik.' });
  await page.keyboard.press('Backspace');
  const joined = before[3]!.replace('fakir miskin.', '') + before[4]!.replace('Baik.', '');
  const expected = [...before.slice(0, 3), joined, ...before.slice(5)];
  expect(await saved(session)).toEqual(expected);
  // The caret is where the two met: typing goes on there.
  await page.keyboard.type('orang miskin.', { delay: 30 });
  expected[3] = before[3]!.replace('fakir miskin.', 'orang miskin.') + before[4]!.replace('Baik.', '');
  expect(await saved(session)).toEqual(expected);

  await drag(session, { turn: turns.nth(1), text: 'sejak 2017.' }, { turn: turns.nth(1), text: 'sejak 2017.' });
  await page.keyboard.press('Enter');
  const [head, tail] = [before[1]!.slice(0, before[1]!.indexOf('sejak 2017.')), before[1]!.slice(before[1]!.indexOf('sejak 2017.') + 'sejak 2017.'.length)];
  expect(await saved(session)).toEqual([expected[0], head, tail, ...expected.slice(2)]);
});

test('cut across turns puts the text on the clipboard and removes it; paste over a selection puts it back as one paragraph', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { session, turns } = await openSample(page);
  const before = await session.storedTexts();
  await drag(session, { turn: turns.nth(1), text: 'Saya mendampingi' }, { turn: turns.nth(2), text: 'Saya Dedi,' });
  await page.keyboard.press('Control+x');
  const one = cut(before[1]!, 'Saya mendampingi', 'Saya mendampingi');
  const two = cut(before[2]!, 'Saya Dedi,', 'Saya Dedi,');
  expect(await saved(session)).toEqual([before[0], one.before + two.after, ...before.slice(3)]);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toBe(`${before[1]!.slice(before[1]!.indexOf('Saya mendampingi'))}\nSaya Dedi,`);

  // The second turn went with the cut: Pak Hendra's turn is the third now.
  await drag(session, { turn: turns.nth(2), text: 'Saya Hendra' }, { turn: turns.nth(2), text: 'Saya Hendra' });
  await page.keyboard.press('Control+v');
  const pasted = clipboard.replace(/\s*\n\s*/g, ' ');
  expect(await saved(session)).toEqual([before[0], one.before + two.after, before[3]!.replace('Saya Hendra', pasted), ...before.slice(4)]);
});

test('a selection, then a click in another turn, then typing: the keys land where clicked', async ({ page }) => {
  const { session, turns } = await openSample(page);
  const before = await session.storedTexts();
  for (let round = 0; round < 4; round++) {
    await drag(session, { turn: turns.nth(1), text: 'Saya Sari' }, { turn: turns.nth(2), text: 'Saya Dedi' });
    await session.placeCaretBefore(turns.nth(3), 'Saya Hendra');
    await page.keyboard.type('x', { delay: 30 });
  }
  const expected = [...before];
  expected[3] = 'xxxx' + before[3];
  expect(await saved(session)).toEqual(expected);
});

test('Shift with the arrow keys selects on past the edge of a turn, and typing replaces what it selected', async ({ page }) => {
  const { session, turns } = await openSample(page);
  const before = await session.storedTexts();
  await session.placeCaretBefore(turns.nth(3), 'fakir miskin.');
  // Past the end of the turn (one key for the turn break) and five characters into the next.
  for (let i = 0; i < 'fakir miskin.'.length + 1 + 5; i++) await page.keyboard.press('Shift+ArrowRight', { delay: 10 });
  await page.keyboard.type('orang miskin', { delay: 30 });
  const merged = before[3]!.replace('fakir miskin.', 'orang miskin') + before[4]!.slice(5);
  expect(await saved(session)).toEqual([...before.slice(0, 3), merged, ...before.slice(5)]);

  // Backwards: from the start of a turn into the end of the one before.
  await session.placeCaretBefore(turns.nth(2), 'Selain bantuan');
  for (let i = 0; i < 'Saya Dedi, TKSK Kecamatan Sukamaju. '.length + 1 + 'empat desa.'.length; i++) await page.keyboard.press('Shift+ArrowLeft', { delay: 10 });
  await page.keyboard.press('Backspace');
  const joined = before[1]!.slice(0, before[1]!.length - 'empat desa.'.length) + before[2]!.slice(before[2]!.indexOf('Selain bantuan'));
  expect(await saved(session)).toEqual([before[0], joined, merged, ...before.slice(5)]);
});
