/** The README's screenshots of the team workflow: two coders' work side by side, agreement, comparison. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import { asNewStudy } from '../../shared/project-copy.ts';
import { fixturePath, SessionScreen, Telaah } from '../e2e/pages.ts';
import { review, REVIEW_SIZES } from './review.ts';

const out = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

/** What Ani codes, and what Budi coded differently in his copy. */
const CODINGS: [string, string, string, string][] = [
  ['Bu Sari', 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.', '4.1.1', '4.1.1'],
  ['Pak Dedi', 'saya yang menjadi penghubung antara kecamatan, desa, dan Dinas Sosial', '4.1.1', '4.2.1'],
  ['Bu Sari', 'Setiap bulan kami melakukan verifikasi dan pemutakhiran data KPM di aplikasi e-PKH.', '4.1.2', '4.1.2'],
  ['Pak Dedi', 'Biasanya saya mencocokkan usulan desa dengan data Dinas Sosial sebelum dikirim ke kabupaten.', '4.1.2', '4.1.2'],
  ['Bu Rina', 'Saya bantu menghubungkan mereka dengan pemasok dari Bulog supaya pasokan lancar.', '4.1.3', '4.1.3'],
  ['Pak Joko', 'Waktu ada perselisihan antara pengurus e-Warong dan KPM soal kualitas telur, saya yang menengahi.', '4.2.3', '4.2.3'],
  ['Bu Sari', 'Kami juga mengajari pengurus KUBE membuat pembukuan sederhana', '4.3.5', '4.3.4'],
];

test('README screenshots of the coding team', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const coderBar = page.getByRole('group', { name: 'Pengode' });
  await coderBar.getByLabel('nama pengode baru').fill('Ani');
  await coderBar.getByLabel('nama pengode baru').press('Enter');
  for (const [speaker, text, code] of CODINGS) {
    await session.selectText(await session.turn(speaker, text), text);
    await session.applyCodeWithMouse(code);
  }
  await session.waitUntilSaved();
  await page.locator('.coding-side').screenshot({ path: out('coder') });

  await page.getByRole('link', { name: 'Peran Pendamping Sosial dalam e-Warong KUBE' }).click();
  await app.tab('Tim pengode').click();
  const mine = (await app.download(page.getByRole('button', { name: 'Ekspor pekerjaan saya (file proyek)…' }), 1)).values().next().value!;
  const ani = parseProjectFile(mine, 'ani.telaah.json');
  const budi = asNewStudy(ani, ani.study.title);
  budi.segments = budi.segments.map((s) => ({ ...s, coder: 'Budi', codes: [CODINGS.find(([, text]) => text === s.text)?.[3] ?? s.codes[0]!] }));
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-team-')), 'studi-budi.telaah.json');
  writeFileSync(file, writeProjectFile(budi));
  await app.chooseFile(page.getByRole('button', { name: 'Impor pekerjaan pengode lain…' }), file);
  await expect(page.locator('.coder-list')).toContainText('Budi');
  await page.screenshot({ path: out('team'), fullPage: true });

  await page.getByRole('link', { name: 'FGD Sukamaju' }).click();
  await page.getByRole('group', { name: 'Putuskan 4.2.1' }).getByRole('button', { name: 'Pakai Budi' }).click();
  await expect(page.getByText('3 ketidaksepakatan belum diputuskan')).toBeVisible();
  await page.screenshot({ path: out('compare') });

  // For review: the comparison and the team tab at every size, in both languages.
  const language = page.getByRole('group', { name: /^(Bahasa|Language)$/ });
  for (const lang of ['ID', 'EN'] as const) {
    await language.getByRole('button', { name: lang }).click();
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`compare-${lang.toLowerCase()}-${width}x${height}`) });
    }
  }
  await page.getByRole('link', { name: 'Back to the coding team' }).click();
  for (const lang of ['EN', 'ID'] as const) {
    await language.getByRole('button', { name: lang }).click();
    for (const [width, height] of REVIEW_SIZES) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: review(`team-${lang.toLowerCase()}-${width}x${height}`) });
    }
  }
});
