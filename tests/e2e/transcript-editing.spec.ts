/**
 * Transcribing by hand: typing turns, Enter to split, Backspace to join, arrow keys to
 * move between turns, choosing speakers; all of it stored without a save button.
 */
import { expect, test } from '@playwright/test';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

test('a note-taker types, splits, joins and moves between turns, and finds it all after a reload', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi transkripsi', 2024, 'FGD Mekarsari');

  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  const texts = page.locator('.turn .turn-text');
  await expect(texts).toHaveCount(1);
  await expect(texts.first()).toBeFocused();
  await page.keyboard.type('Selamat pagi semuanya.');
  await page.keyboard.press('Enter');
  await expect(texts).toHaveCount(2);
  await expect(texts.nth(1)).toBeFocused();
  await page.keyboard.type('Terima kasih, Bu.');
  await page.locator('.turn').nth(1).getByLabel('Pembicara').selectOption({ label: 'Pak Dedi (TKSK)' });

  // Backspace at the start of a turn joins it to the one before; Enter splits it again.
  await texts.nth(1).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await expect(texts).toHaveCount(1);
  await expect(texts.first()).toHaveText('Selamat pagi semuanya.Terima kasih, Bu.');
  await expect(texts.first()).toBeFocused();
  await page.keyboard.type(' ');
  await page.keyboard.press('Enter');
  await expect(texts).toHaveText(['Selamat pagi semuanya. ', 'Terima kasih, Bu.']);
  await expect(texts.nth(1)).toBeFocused();

  // The arrow keys cross from one turn to the next.
  await page.keyboard.press('ArrowUp');
  await expect(texts.first()).toBeFocused();
  await page.keyboard.type('Ayo mulai.');
  await page.keyboard.press('ArrowDown');
  await expect(texts.nth(1)).toBeFocused();
  await page.keyboard.type('Ya, ');
  await expect(texts).toHaveText(['Selamat pagi semuanya. Ayo mulai.', 'Ya, Terima kasih, Bu.']);
  await session.waitUntilSaved();

  await page.reload();
  await expect(texts).toHaveText(['Selamat pagi semuanya. Ayo mulai.', 'Ya, Terima kasih, Bu.']);
  await expect(page.locator('.turn').first().getByLabel('Pembicara')).toHaveValue(/.+/);
  await expect(page.locator('.turn').nth(1).getByLabel('Pembicara').locator('option:checked')).toHaveText('Moderator');

  // The transcript exports in the documented text format.
  const exported = (await app.download(page.getByRole('button', { name: 'Ekspor transkrip' }), 1)).get('FGD Mekarsari.txt');
  // Speakers by pseudonym: the moderator is the study's first participant.
  expect(exported).toBe('P01: Selamat pagi semuanya. Ayo mulai.\n\nP01: Ya, Terima kasih, Bu.\n');
  // Beside the button, the transcript can be written as transcribed instead.
  await page.getByLabel('Nama peserta di transkrip yang diekspor').selectOption('label');
  const asTyped = (await app.download(page.getByRole('button', { name: 'Ekspor transkrip' }), 1)).get('FGD Mekarsari.txt');
  expect(asTyped).toBe('Moderator: Selamat pagi semuanya. Ayo mulai.\n\nModerator: Ya, Terima kasih, Bu.\n');
  await page.getByLabel('Nama peserta di transkrip yang diekspor').selectOption('pseudonym');
  // Subtitles need times, which typed turns do not have yet.
  await page.getByLabel('Format ekspor transkrip').selectOption('.vtt');
  await page.getByRole('button', { name: 'Ekspor transkrip' }).click();
  await expect(page.getByRole('alert')).toContainText('Giliran 1 belum punya waktu');
});

test('a coded statement keeps its code when the text around it is edited', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi koding', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const statement = 'Saya mengecek kualitas barang yang datang.';
  const turn = await session.turn('Pak Joko', statement);
  await session.selectText(turn, statement);
  await session.applyCodeWithMouse('4.4.6');

  await turn.locator('.turn-text').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Jadi, ');
  await session.waitUntilSaved();
  await page.reload();
  const again = await session.turn('Pak Joko', statement);
  await expect(again.locator('.turn-text')).toContainText(`Jadi, ${statement}`);
  await expect(again.locator('mark.seg')).toHaveText(statement);
  await expect(session.segment(statement).locator('.code-chip')).toHaveText(['4.4.6×']);

  // A memo beside the coded statement is kept and travels with the codings.
  const segment = session.segment(statement);
  await segment.getByText('Memo').click();
  await segment.getByLabel(/^Memo segmen/).fill('TKSK memeriksa mutu barang sendiri.');
  await page.getByRole('heading', { name: 'Pengodean' }).click();
  await session.waitUntilSaved();
  await page.reload();
  await session.turn('Pak Joko', statement);
  await expect(session.segment(statement).getByLabel(/^Memo segmen/)).toHaveValue('TKSK memeriksa mutu barang sendiri.');
  await page.getByRole('link', { name: 'Studi koding' }).click();
  await app.tab('Ekspor tabel').click();
  await app.chooseCsvKind('standard');
  const codings = (await app.download(page.getByRole('button', { name: 'Ekspor koding (CSV)' }), 1)).get('koding.csv')!;
  expect(codings).toContain(`FGD Sukamaju,Pak Joko,,4.4.6,${statement},TKSK memeriksa mutu barang sendiri.`);
  await page.goBack();
  await page.goBack();
  const back = await session.turn('Pak Joko', statement);
  await expect(back.locator('mark.seg')).toHaveText(statement);

  await session.segment(statement).getByRole('button', { name: 'Hapus kode 4.4.6' }).click();
  await expect(again.locator('mark.seg')).toHaveCount(0);
  await expect(page.locator('.segment')).toHaveCount(0);
});

test('← and → cross into the neighbouring turn at a turn\'s edge, and typing with nothing focused goes on at the end of the transcript', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi panah', 2024, 'FGD Panah');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  const texts = page.locator('.turn .turn-text');
  await page.keyboard.type('Satu.', { delay: 30 });
  await page.keyboard.press('Enter');
  await page.keyboard.type('Dua.', { delay: 30 });
  for (let i = 0; i < 'Dua.'.length; i++) await page.keyboard.press('ArrowLeft');
  // At the start of the second turn, ← goes on to the end of the first.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('X', { delay: 30 });
  await expect(texts).toHaveText(['Satu.X', 'Dua.']);
  // At the end of the first, → goes on to the start of the second.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('Y', { delay: 30 });
  await expect(texts).toHaveText(['Satu.X', 'YDua.']);
  // Focus gone (Esc, a click on nothing): the next keys go on at the end of the last turn, not nowhere.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.type(' Tiga', { delay: 30 });
  await expect(texts).toHaveText(['Satu.X', 'YDua. Tiga']);
  await session.waitUntilSaved();
  expect(await session.storedTexts()).toEqual(['Satu.X', 'YDua. Tiga']);
});
