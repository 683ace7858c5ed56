/** Bad files are refused whole, with a message naming the file and line; good data stays as it was. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, SessionScreen, Telaah } from './pages.ts';

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'telaah-e2e-')), name);
  writeFileSync(path, content);
  return path;
}

test('a broken participants CSV is refused with its file and line, and nothing changes', async ({ page }) => {
  const app = new Telaah(page);
  await app.open();
  await app.createStudy('Studi impor', 2024);
  await app.importParticipants(fixturePath('peserta.csv'));
  await expect(page.locator('tr[data-participant]')).toHaveCount(6);

  const broken = tempFile('peserta-rusak.csv', 'label,assistant_type,site,affiliation\nPak Dedi,PKH,,\nBu Ani,PKH,,\nBu Wati,KUBE,,\n');
  await app.chooseFile(page.getByRole('button', { name: 'Impor CSV peserta…' }), broken);
  await expect(page.getByRole('alert')).toContainText('Impor gagal, tidak ada yang diubah: peserta-rusak.csv:4: jenis pendamping "KUBE" tidak dikenal');
  await expect(page.locator('tr[data-participant]')).toHaveCount(6);
  await expect(page.locator('tr[data-participant="Pak Dedi"]').getByLabel('Jenis pendamping')).toHaveValue('TKSK');
});

test('a transcript with a bad timestamp is refused with its line', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.open();
  await app.createStudy('Studi impor', 2024);
  await app.addSession('FGD 1');
  const broken = tempFile('fgd-rusak.txt', '[00:00:05] Moderator: Selamat pagi.\n\n[00:7x:10] Bu Sari: Pagi, Pak.\n');
  await session.openTranscript(app, broken);
  await expect(page.getByRole('alert')).toContainText('fgd-rusak.txt:3: "[00:7x:10]" bukan waktu');
  await expect(page.getByText('Transkrip masih kosong.')).toBeVisible();
});

test('the interface speaks English on request and remembers it', async ({ page }) => {
  const app = new Telaah(page);
  await app.open();
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByRole('heading', { name: 'New study' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Create study' })).toBeVisible();
  const broken = tempFile('studi.telaah.json', '{"format": "telaah-project", "version": 99}');
  await app.chooseFile(page.getByRole('button', { name: 'Open project file…' }), broken);
  await expect(page.getByRole('alert')).toHaveText(/Import failed, nothing was changed: studi\.telaah\.json: version: version 99 was written by a newer Telaah; please update/);
  await page.getByRole('button', { name: 'ID' }).click();
  await expect(page.getByRole('button', { name: 'Buat studi' })).toBeVisible();
});
