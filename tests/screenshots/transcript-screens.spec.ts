/**
 * The transcript screen as the editing tab and as a watching tab, at 1280×720 and
 * 1440×900, in Indonesian and English: written to test-results/screens/ for review, and
 * the watching tab in Indonesian at 1440×900 to the README's docs/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

const readme = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

async function language(page: Page, lang: 'ID' | 'EN') {
  await page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();
}

test('transcript screens, editing and watching, in both languages and two window sizes', async ({ context }) => {
  test.setTimeout(120_000);
  const editing = await context.newPage();
  const app = new Telaah(editing);
  await app.startStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019, 'FGD Sukamaju');
  const session = new SessionScreen(editing);
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const statement = 'Saya mengecek kualitas barang yang datang.';
  const joko = await session.turn('Pak Joko', statement);
  await session.selectText(joko, statement);
  await session.applyCodeWithMouse('4.4.6');
  await editing.getByTestId('transcript').evaluate((el) => el.scrollTo(0, 0));
  await editing.locator('.turn .turn-text').nth(1).click();
  await editing.keyboard.press('Control+End');
  await editing.keyboard.type(' Sudah tujuh tahun.');
  await session.waitUntilSaved();

  const watching = await context.newPage();
  await watching.goto(editing.url());
  await expect(watching.getByRole('status').filter({ hasText: 'sedang disunting' })).toBeVisible();

  for (const lang of ['ID', 'EN'] as const) {
    for (const [width, height] of REVIEW_SIZES) {
      for (const [name, page] of [['editing', editing], ['watching', watching]] as const) {
        await page.bringToFront();
        await page.setViewportSize({ width, height });
        await language(page, lang);
        await page.waitForTimeout(300);
        await page.screenshot({ path: review(`transcript-${name}-${lang.toLowerCase()}-${width}x${height}`) });
      }
    }
  }
  await language(watching, 'ID');
  await watching.setViewportSize({ width: 1440, height: 900 });
  await watching.waitForTimeout(300);
  await watching.screenshot({ path: readme('two-tabs') });

  // The versions list beside the transcript.
  await editing.bringToFront();
  await language(editing, 'ID');
  await editing.getByRole('button', { name: 'Simpan versi' }).click();
  await editing.getByRole('button', { name: /^Versi \(\d+\)$/ }).click();
  for (const lang of ['ID', 'EN'] as const) {
    await language(editing, lang);
    for (const [width, height] of [[1280, 720], [1366, 768]] as const) {
      await editing.setViewportSize({ width, height });
      await editing.waitForTimeout(300);
      await editing.screenshot({ path: review(`transcript-versions-${lang.toLowerCase()}-${width}x${height}`) });
    }
  }
  // A version open for reading: its text scrolls with the dialog, the buttons stay at its foot.
  await editing.getByRole('button', { name: 'View' }).first().click();
  for (const [width, height] of REVIEW_SIZES) {
    await editing.setViewportSize({ width, height });
    await editing.screenshot({ path: review(`transcript-version-viewer-en-${width}x${height}`) });
  }
});
