/** The transcription desk: the session's roster in its details, the speaker keys beside the player, a refused and a clashing hotkey; every size, both languages, for review in test-results/screens/. */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeToneWav } from '../e2e/audio.ts';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

const language = (page: Page, lang: 'ID' | 'EN') => page.getByRole('group', { name: /^(Bahasa|Language)$/ }).getByRole('button', { name: lang }).click();

async function shoot(page: Page, name: string) {
  for (const lang of ['ID', 'EN'] as const) {
    await language(page, lang);
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`${name}-${lang.toLowerCase()}-${width}x${height}`) });
    }
  }
  await language(page, 'ID');
}

test('transcription desk screens', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const wav = join(mkdtempSync(join(tmpdir(), 'telaah-desk-shots-')), 'fgd-sukamaju.wav');
  writeToneWav(wav, 240);
  await app.startStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019, 'FGD Sukamaju');
  const roster = page.getByRole('group', { name: 'Pembicara sesi dan tombolnya' });
  for (const name of ['Bu Sari', 'Pak Dedi', 'Bu Rina', 'Pak Hendra']) await roster.getByLabel('Tambah pembicara').selectOption({ label: name });
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), wav);
  await expect(page.getByTestId('media-time')).toContainText('/ 00:04:00');
  await shoot(page, 'desk-roster');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  const help = page.getByRole('complementary', { name: 'Pintasan transkripsi' });
  await help.locator('tr[data-action="forward"]').getByRole('button').click();
  await page.keyboard.press('F1');
  await expect(help.getByRole('alertdialog')).toBeVisible();
  await shoot(page, 'desk-hotkey-clash');
});
