/** The matrix shows what it cannot count, and leads the coder to fix it. */
import { expect, test } from '@playwright/test';
import { fixturePath, MatrixScreen, SessionScreen, Telaah } from './pages.ts';

test('a statement by a speaker without assistant type is listed beside the matrix until it gets one', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  const matrix = new MatrixScreen(page);
  await app.startStudy('Studi matriks', 2019, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const statement = 'Dari dinas, kami melihat TKSK yang aktif biasanya mampu menggerakkan KUBE';
  await session.selectText(await session.turn('Pak Hendra', statement), statement);
  await session.applyCodeWithMouse('4.4.7');
  await expect(session.segment(statement).getByLabel('Jenis').locator('option:checked')).toHaveText('ikut pembicara (tanpa jenis)');

  await page.getByRole('link', { name: 'Studi matriks' }).click();
  await app.tab('Matriks').click();
  await matrix.expectCount('4.4.7', 'TKSK', 0);
  const unattributed = page.getByTestId('unattributed');
  await expect(unattributed.locator('li')).toHaveCount(1);
  await expect(unattributed).toContainText('4.4.7 · Pak Hendra · FGD Sukamaju');

  await unattributed.getByRole('link', { name: 'Buka di transkrip' }).click();
  await expect(page.locator('.turn-highlighted')).toContainText(statement);
  await session.segment(statement).getByLabel('Jenis').selectOption('TKSK');
  await session.waitUntilSaved();
  await page.goBack();
  await matrix.expectCount('4.4.7', 'TKSK', 1);
  await expect(page.getByTestId('unattributed')).toHaveCount(0);
});
