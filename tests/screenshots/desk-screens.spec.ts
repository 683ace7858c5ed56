/** The transcription desk: the session's roster in its details, the speaker keys beside the player, a refused and a clashing hotkey; every size, both languages, for review in test-results/screens/. */
import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeToneWav } from '../e2e/audio.ts';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { shootEverySize } from './review.ts';

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
  await shootEverySize(page, 'desk-roster');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await page.getByRole('button', { name: 'Pintasan papan ketik' }).click();
  const help = page.getByRole('complementary', { name: 'Pintasan transkripsi' });
  await help.locator('tr[data-action="forward"]').getByRole('button').click();
  await page.keyboard.press('F1');
  await expect(help.getByRole('alertdialog')).toBeVisible();
  await shootEverySize(page, 'desk-hotkey-clash');
});
