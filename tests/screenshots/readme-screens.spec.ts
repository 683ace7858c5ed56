/** Takes the README's screenshots of the main screens, on the sample FGD. */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeToneWav } from '../e2e/audio.ts';
import { fixturePath, MatrixScreen, SessionScreen, Telaah } from '../e2e/pages.ts';

const out = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}.png`, import.meta.url));

const CODINGS: [string, string, string][] = [
  ['Bu Sari', 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh.', '4.1.1'],
  ['Pak Dedi', 'saya yang menjadi penghubung antara kecamatan, desa, dan Dinas Sosial', '4.1.1'],
  ['Bu Sari', 'Setiap bulan kami melakukan verifikasi dan pemutakhiran data KPM di aplikasi e-PKH.', '4.1.2'],
  ['Pak Dedi', 'Biasanya saya mencocokkan usulan desa dengan data Dinas Sosial sebelum dikirim ke kabupaten.', '4.1.2'],
  ['Bu Rina', 'Saya bantu menghubungkan mereka dengan pemasok dari Bulog supaya pasokan lancar.', '4.1.3'],
  ['Pak Joko', 'Waktu ada perselisihan antara pengurus e-Warong dan KPM soal kualitas telur, saya yang menengahi.', '4.2.3'],
  ['Bu Sari', 'Kami juga mengajari pengurus KUBE membuat pembukuan sederhana', '4.3.5'],
];

test('README screenshots', async ({ page }) => {
  test.setTimeout(180_000);
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.open();
  await app.createStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019);
  await app.importParticipants(fixturePath('peserta.csv'));
  await app.addSession('FGD Sukamaju');
  await page.getByLabel('Tanggal').fill('14/03/2019');
  await page.getByLabel('Tempat').fill('Aula Kecamatan Sukamaju');
  await page.locator('.session-meta').getByLabel('Moderator').fill('Dr. Wulan');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  for (const [speaker, text, code] of CODINGS) {
    await session.selectText(await session.turn(speaker, text), text);
    await session.applyCodeWithMouse(code);
  }
  const hendra = 'Memang TKSK yang paling sering kami minta memeriksa usulan data dari desa';
  await session.selectText(await session.turn('Pak Hendra', hendra), hendra);
  await session.applyCodeWithMouse('4.1.2');
  await session.segment(hendra).getByLabel('Jenis').selectOption('TKSK');
  const recording = join(mkdtempSync(join(tmpdir(), 'telaah-shot-')), 'fgd-sukamaju.wav');
  writeToneWav(recording, 630);
  await app.chooseFile(page.getByRole('button', { name: 'Lampirkan rekaman…' }), recording);
  await page.locator('summary', { hasText: 'Data sesi' }).click();
  await session.waitUntilSaved();
  await session.transcript.evaluate((el) => el.scrollTo(0, 0));
  const selecting = 'Kalau ada warga miskin yang belum terdaftar, saya usulkan lewat musyawarah desa.';
  await session.selectText(await session.turn('Pak Dedi', selecting), selecting);
  await page.getByLabel('Cari kode atau kata…').fill('broker');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: out('session') });

  // Two overlapping segments in one statement, their stripes, one hovered.
  await page.getByLabel('Cari kode atau kata…').fill('');
  const teaching = 'Kami juga mengajari pengurus KUBE membuat pembukuan sederhana';
  const sari = await session.turn('Bu Sari', teaching);
  await session.selectText(sari, 'pembukuan sederhana, mencatat uang masuk dan keluar');
  await session.applyCodeWithMouse('4.4.5');
  await sari.locator('.stripe').filter({ hasText: '4.4.5' }).hover();
  await sari.screenshot({ path: out('stripes') });

  await page.getByRole('link', { name: 'Peran Pendamping Sosial dalam e-Warong KUBE' }).click();
  await page.screenshot({ path: out('study') });

  await app.tab('Matriks').click();
  await new MatrixScreen(page).cell('4.1.2', 'TKSK').click();
  await page.getByLabel('Ringkasan sel').fill('Mencocokkan usulan desa dengan DTKS sebelum dikirim ke kabupaten; Dinas Sosial mengandalkan TKSK di setiap kecamatan.');
  const evidence = page.locator('.cell-detail');
  await evidence.locator('.quote-list li').filter({ hasText: 'Memang TKSK' }).getByRole('checkbox').click();
  await expect(evidence.getByText('Kutipan pilihan ke-1')).toBeVisible();
  await page.screenshot({ path: out('matrix') });
  await evidence.screenshot({ path: out('evidence') });
  await page.getByTestId('role-chart').scrollIntoViewIfNeeded();
  await page.getByTestId('role-chart').screenshot({ path: out('chart') });

  await app.tab('Segmen').click();
  await page.getByRole('group', { name: 'Saring segmen' }).getByLabel('Peran').selectOption({ label: '4.1 Broker' });
  await page.screenshot({ path: out('segments') });
  await app.tab('Buku kode').click();
  await page.screenshot({ path: out('codebook') });

  await app.tab('Ekspor tabel').click();
  await page.locator('select[name="mode"]').selectOption('quotes');
  await page.locator('select[name="format"]').selectOption('html');
  await page.screenshot({ path: out('export') });

  await app.tab('Peserta').click();
  const sariRow = page.locator('tr[data-participant="Bu Sari"]');
  await sariRow.getByLabel('Nama asli (opsional)').fill('Sari Wulandari');
  await sariRow.getByLabel('Tanggal persetujuan').fill('02/03/2019');
  await sariRow.getByLabel('Cara persetujuan').selectOption({ label: 'tertulis' });
  await sariRow.getByLabel('Catatan persetujuan').fill('Formulir ditandatangani sebelum FGD');
  await page.getByRole('heading', { name: /^Jenis pendamping yang dibandingkan/ }).click();
  await page.screenshot({ path: out('participants') });

  await page.getByRole('link', { name: 'Cadangan', exact: true }).click();
  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  await expect(page.locator('tr[data-backup]')).not.toHaveCount(0);
  await page.screenshot({ path: out('backups') });
});
