/**
 * The analysis screens follow the work done in another tab: the matrix counts a statement
 * coded there, the segments list shows a speaker changed there, and typing there (which
 * moves the coded text along) changes neither while the quotes stay on their words.
 */
import { expect, test } from '@playwright/test';
import { fixturePath, MatrixScreen, SessionScreen, Telaah } from './pages.ts';

const SARI = 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.';

test('a tab showing the matrix and one showing the segments follow coding, speakers and typing done in another tab', async ({ context }) => {
  const coding = await context.newPage();
  const app = new Telaah(coding);
  const session = new SessionScreen(coding);
  await app.startStudy('Studi langsung', 2019, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const sessionUrl = coding.url();
  await coding.getByRole('link', { name: 'Studi langsung' }).click();
  const studyUrl = coding.url();

  const matrixTab = await context.newPage();
  await matrixTab.goto(studyUrl);
  await new Telaah(matrixTab).tab('Matriks').click();
  const matrix = new MatrixScreen(matrixTab);
  await matrix.expectCount('4.1.1', 'PKH', 0);
  const segmentsTab = await context.newPage();
  await segmentsTab.goto(studyUrl);
  await new Telaah(segmentsTab).tab('Segmen').click();

  // Coded in the first tab: counted in the matrix, listed in the segments.
  await coding.bringToFront();
  await coding.goto(sessionUrl);
  const coderBar = coding.getByRole('group', { name: 'Pengode' });
  await coderBar.getByLabel('nama pengode baru').fill('Ani');
  await coderBar.getByLabel('nama pengode baru').press('Enter');
  await session.selectText(await session.turn('Bu Sari', SARI), SARI);
  await session.applyCodeWithMouse('4.1.1');
  await session.waitUntilSaved();
  await matrix.expectCount('4.1.1', 'PKH', 1);
  const row = segmentsTab.locator('[data-segment-id]');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Bu Sari');
  await expect(row).toContainText(`“${SARI}”`);

  // Typed before the quote in the first tab: the quote keeps its words and the count stays.
  await session.placeCaretBefore(await session.turn('Bu Sari', SARI), SARI);
  await coding.keyboard.type('Ya, ', { delay: 40 });
  await session.waitUntilSaved();
  await matrix.expectCount('4.1.1', 'PKH', 1);
  await expect(row).toContainText(`“${SARI}”`);

  // The turn given to another speaker there: the list names them, the matrix counts them.
  const turn = await session.turn('Bu Sari', SARI);
  await turn.getByLabel('Pembicara').selectOption({ label: 'Pak Dedi (TKSK)' });
  await session.waitUntilSaved();
  await expect(row).toContainText('Pak Dedi');
  await matrix.expectCount('4.1.1', 'PKH', 0);
  await matrix.expectCount('4.1.1', 'TKSK', 1);
});
