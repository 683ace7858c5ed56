/**
 * Coding before naming the coder, as the README's five minutes lead a newcomer to do: the
 * statement is recorded under the study's first coder's name ("Pengode 1"), the coder bar
 * says so, and the name the coder then gives takes those statements with it, so counting
 * that coder counts them.
 */
import { expect, test } from '@playwright/test';
import { fixturePath, SessionScreen, storedRows, Telaah } from './pages.ts';

const SARI = 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.';
const DEDI = 'saya yang menjadi penghubung antara kecamatan, desa, dan Dinas Sosial';

test('statements coded before the coder is named become theirs once they name themselves', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi pengode', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const coderBar = page.getByRole('group', { name: 'Pengode' });

  await session.selectText(await session.turn('Bu Sari', SARI), SARI);
  await session.applyCodeWithMouse('4.1.1');
  await expect(coderBar.getByRole('status')).toHaveText('Segmen Anda dicatat atas nama "Pengode 1". Bukan Anda? Pilih atau tulis nama Anda: segmennya ikut pindah.');
  await session.selectText(await session.turn('Pak Dedi', DEDI), DEDI);
  await session.applyCodeWithMouse('4.1.2');
  await session.waitUntilSaved();
  expect((await storedRows<{ coder: string }>(page, 'segments')).map((s) => s.coder)).toEqual(['Pengode 1', 'Pengode 1']);

  await coderBar.getByLabel('nama pengode baru').fill('Ani');
  await coderBar.getByLabel('nama pengode baru').press('Enter');
  await expect(coderBar.getByLabel('Pengode', { exact: true })).toHaveValue('Ani');
  await expect(coderBar.getByRole('status')).toHaveCount(0);
  await session.waitUntilSaved();
  expect((await storedRows<{ coder: string }>(page, 'segments')).map((s) => s.coder)).toEqual(['Ani', 'Ani']);
  // The study knows one coder, Ani; "Pengode 1" is gone with the statements it held.
  const [study] = await storedRows<{ coders: { name: string }[] }>(page, 'studies');
  expect(study!.coders.map((c) => c.name)).toEqual(['Ani']);

  await page.reload();
  await expect(coderBar.getByLabel('Pengode', { exact: true })).toHaveValue('Ani');
  expect((await storedRows<{ coder: string }>(page, 'segments')).map((s) => s.coder)).toEqual(['Ani', 'Ani']);
});
