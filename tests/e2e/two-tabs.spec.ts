/**
 * The same study open in two tabs: one edits, the other shows the transcript read-only
 * and follows every keystroke; "Sunting di sini" moves the editing over without losing
 * what either tab typed last.
 */
import { expect, test } from '@playwright/test';
import { SessionScreen, storedTexts, Telaah } from './pages.ts';

test('a second tab watches read-only and live, then takes over editing without losing a keystroke', async ({ context }) => {
  const first = await context.newPage();
  const app = new Telaah(first);
  await app.startStudy('Studi dua tab', 2024, 'FGD 1');
  await first.getByRole('button', { name: 'Mulai mengetik' }).click();
  await first.keyboard.type('Diketik di tab pertama.', { delay: 30 });
  await new SessionScreen(first).waitUntilSaved();

  const second = await context.newPage();
  await second.goto(first.url());
  const notice = second.getByRole('status').filter({ hasText: 'sedang disunting di tab atau jendela lain' });
  await expect(notice).toBeVisible();
  const watched = second.locator('.turn .turn-text');
  await expect(watched).toHaveText(['Diketik di tab pertama.']);
  await expect(watched.first()).not.toHaveAttribute('contenteditable', 'true');
  await expect(second.getByRole('button', { name: 'Tambah giliran' })).toBeDisabled();

  // Typing in the first tab shows in the second.
  await first.bringToFront();
  await first.keyboard.press('End');
  await first.keyboard.type(' Lanjut.', { delay: 30 });
  await first.keyboard.press('Enter');
  await first.keyboard.type('Giliran kedua.', { delay: 30 });
  await expect(watched).toHaveText(['Diketik di tab pertama. Lanjut.', 'Giliran kedua.']);

  // The first tab types again and the second takes over at once: the first tab's last keys are kept.
  await first.keyboard.type(' Terakhir', { delay: 30 });
  await second.bringToFront();
  await second.getByRole('button', { name: 'Sunting di sini' }).click();
  await expect(notice).toBeHidden();
  await expect(first.getByRole('status').filter({ hasText: 'sedang disunting di tab atau jendela lain' })).toBeVisible();
  await expect(watched).toHaveText(['Diketik di tab pertama. Lanjut.', 'Giliran kedua. Terakhir']);

  await watched.nth(1).click();
  await second.keyboard.press('End');
  await second.keyboard.type(' dari tab kedua.', { delay: 30 });
  await expect(first.locator('.turn .turn-text')).toHaveText(['Diketik di tab pertama. Lanjut.', 'Giliran kedua. Terakhir dari tab kedua.']);
  await new SessionScreen(second).waitUntilSaved();
  expect(await storedTexts(second)).toEqual(['Diketik di tab pertama. Lanjut.', 'Giliran kedua. Terakhir dari tab kedua.']);
  // The watching tab cannot change the transcript.
  await first.bringToFront();
  await first.locator('.turn .turn-text').first().click();
  await first.keyboard.type('xyzxyzxyzx', { delay: 30 });
  // ...and says so where the user looks, not silently.
  await expect(first.getByRole('alert')).toHaveText(/Ketikan di tab ini TIDAK disimpan/);
  expect(await storedTexts(first)).toEqual(['Diketik di tab pertama. Lanjut.', 'Giliran kedua. Terakhir dari tab kedua.']);
  await expect(first.locator('.turn .turn-text')).toHaveText(['Diketik di tab pertama. Lanjut.', 'Giliran kedua. Terakhir dari tab kedua.']);
});

test('keys typed while the other tab takes over are kept, or the typist is told they were not', async ({ context }) => {
  const first = await context.newPage();
  await new Telaah(first).startStudy('Studi ambil alih', 2024, 'FGD 1');
  await first.getByRole('button', { name: 'Mulai mengetik' }).click();
  await first.keyboard.type('Awal. ', { delay: 30 });
  await new SessionScreen(first).waitUntilSaved();
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByRole('button', { name: 'Sunting di sini' })).toBeVisible();

  await first.bringToFront();
  const typed = 'Kalau PKH kami pastikan KPM datang ke pertemuan kelompok bulanan setiap bulan.';
  const typing = first.keyboard.type(typed, { delay: 30 });
  await first.waitForTimeout(700);
  await second.getByRole('button', { name: 'Sunting di sini' }).click();
  await typing;
  await expect(second.getByRole('button', { name: 'Tambah giliran' })).toBeEnabled();
  await new SessionScreen(second).waitUntilSaved();
  const [stored] = await storedTexts(second);
  // What is stored is what was typed, in order, up to some key; every key after it was refused in sight.
  expect(typed.startsWith(stored!.slice('Awal. '.length))).toBe(true);
  expect(stored!.length).toBeGreaterThan('Awal. '.length);
  if (stored !== `Awal. ${typed}`) await expect(first.getByRole('alert')).toHaveText(/Ketikan di tab ini TIDAK disimpan/);
  await expect(second.locator('.turn .turn-text')).toHaveText([stored!]);
});

test('closing the editing tab lets the watching tab edit', async ({ context }) => {
  const first = await context.newPage();
  const app = new Telaah(first);
  await app.startStudy('Studi tab ditutup', 2024, 'FGD 1');
  await first.getByRole('button', { name: 'Mulai mengetik' }).click();
  await first.keyboard.type('Halo.', { delay: 30 });
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByRole('status').filter({ hasText: 'sedang disunting' })).toBeVisible();
  await first.close();
  await expect(second.getByRole('status').filter({ hasText: 'sedang disunting' })).toBeHidden();
  await second.locator('.turn .turn-text').first().click();
  await second.keyboard.press('End');
  await second.keyboard.type(' Lagi.', { delay: 30 });
  await new SessionScreen(second).waitUntilSaved();
  expect(await storedTexts(second)).toEqual(['Halo. Lagi.']);
});
