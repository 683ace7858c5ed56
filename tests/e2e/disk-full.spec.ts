/**
 * A full disk, made real with Chromium's own storage quota for the app's origin: an
 * import that cannot be stored is said to be not stored (never "imported"), the save
 * status says the disk is full, what is on screen is kept and written again, and once
 * there is room everything (the import and what was typed meanwhile) is stored and
 * survives a reload.
 */
import { expect, test, type Page } from '@playwright/test';
import { longTranscript, sentence } from './long-transcript.ts';
import { SessionScreen, Telaah } from './pages.ts';

const TURNS = 20_000;

/**
 * The origin's storage quota, as Chromium enforces it on IndexedDB while the DevTools
 * session that set it stays attached. It takes hold when set before the origin first
 * stores anything, and can be raised later (room freed on the disk).
 */
async function quota(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  return (bytes: number) => cdp.send('Storage.overrideQuotaForOrigin', { origin: 'http://127.0.0.1:4173', quotaSize: bytes });
}

test('an import the full disk refuses is not called imported; the work is kept and stored once there is room', async ({ page }) => {
  test.setTimeout(180_000);
  const file = longTranscript(TURNS);
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  // Room for a study and some typing, not for 20,000 turns.
  const setQuota = await quota(page);
  await setQuota(1024 * 1024);
  await app.startStudy('Studi disk penuh', 2024, 'FGD Panjang');
  await page.getByRole('button', { name: 'Mulai mengetik' }).click();
  await page.keyboard.type('Sebelum penuh.', { delay: 30 });
  await session.waitUntilSaved();

  await session.openTranscript(app, file);
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /^Impor \d+ giliran$/ }).click();
  await expect(page.getByRole('alert')).toContainText('fgd-panjang.txt belum tersimpan: penyimpanan penuh', { timeout: 60_000 });
  await expect(page.getByText(/diimpor: \d+ giliran/)).toHaveCount(0);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'full');
  await expect(page.getByTestId('save-status')).toHaveText('Disk penuh: perubahan ditahan dan dicoba simpan lagi');
  expect(await session.storedTexts()).toEqual(['Sebelum penuh.']);
  // The import is on screen, and typing goes on while the disk is full.
  const first = page.locator('.turn .turn-text').first();
  await expect(first).toHaveText(/^Pernyataan ke-1: /);
  await first.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Catatan: ', { delay: 30 });
  expect(await session.storedTexts()).toEqual(['Sebelum penuh.']);

  // Room again: the kept work is written without the user doing anything.
  await setQuota(1024 ** 3);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 60_000 });
  const stored = await session.storedTexts();
  expect(stored).toHaveLength(TURNS);
  expect(stored[0]).toMatch(/^Catatan: Pernyataan ke-1: /);
  expect(stored[TURNS - 1]).toBe(`Pernyataan ke-${TURNS}: ${sentence(TURNS - 1)}.`);

  await page.reload();
  await expect(page.locator('.turn .turn-text').first()).toHaveText(/^Catatan: Pernyataan ke-1: /);
  expect(await session.storedTexts()).toHaveLength(TURNS);
});
