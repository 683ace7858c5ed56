/** Nothing lost: deletions undone, studies restored from backups; nothing run: hostile text stays text. */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath, MatrixScreen, SessionScreen, Telaah } from './pages.ts';

test('a deleted session comes back with Urungkan, and a study is restored from a backup over itself and as a new study', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi cadangan', 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  const statement = 'Saya mengecek kualitas barang yang datang.';
  await session.selectText(await session.turn('Pak Joko', statement), statement);
  await session.applyCodeWithMouse('4.4.6');
  await session.waitUntilSaved();

  // A backup taken now, from the backups screen.
  await page.getByRole('link', { name: 'Cadangan', exact: true }).click();
  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  await expect(page.locator('tr[data-backup]').filter({ hasText: 'Studi cadangan' })).toHaveCount(1);

  // Deleting the session asks first, then can be undone.
  await page.getByRole('link', { name: 'Telaah', exact: true }).click();
  await page.getByRole('link', { name: 'Studi cadangan', exact: true }).click();
  const deleteSession = async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Hapus sesi FGD Sukamaju' }).click();
    await expect(page.getByTestId('study-overview')).toContainText('0 sesi FGD');
  };
  await deleteSession();
  await expect(page.getByRole('status').filter({ hasText: 'Sesi "FGD Sukamaju" dihapus.' })).toBeVisible();
  await page.getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByTestId('study-overview')).toHaveText('1 sesi FGD · 6 peserta · 1 segmen berkode · 0 ringkasan sel');

  // Deleted again, then restored from the backup over the study; the state before is backed up first.
  await deleteSession();
  await page.getByRole('link', { name: 'Cadangan', exact: true }).click();
  // The offer to undo stays in the study it was made in: elsewhere the backups screen keeps it.
  await expect(page.locator('.deleted-bar')).toHaveCount(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('tr[data-backup]').filter({ hasText: 'Studi cadangan' }).getByRole('button', { name: 'Pulihkan menimpa studi ini' }).click();
  await expect(page.getByTestId('study-overview')).toHaveText('1 sesi FGD · 6 peserta · 1 segmen berkode · 0 ringkasan sel');
  await app.tab('Matriks').click();
  await new MatrixScreen(page).expectCount('4.4.6', 'TKSK', 1);

  await page.getByRole('link', { name: 'Cadangan', exact: true }).click();
  const rows = page.locator('tr[data-backup]').filter({ hasText: 'Studi cadangan' });
  await expect(rows).toHaveCount(2);
  // The older snapshot (the one taken by hand) opens as a study of its own.
  await rows.last().getByRole('button', { name: 'Pulihkan sebagai studi baru' }).click();
  await expect(page.locator('.study-title')).toHaveValue(/^Studi cadangan \(cadangan .+\)$/);
  await expect(page.getByTestId('study-overview')).toHaveText('1 sesi FGD · 6 peserta · 1 segmen berkode · 0 ringkasan sel');
  await page.getByRole('link', { name: 'Semua studi' }).click();
  await expect(page.getByRole('link', { name: /^Studi cadangan/ })).toHaveCount(2);
});

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>tebal</b>';

test('hostile HTML pasted, imported or typed as a name stays text in the editor, the matrix, the preview and the HTML export', async ({ page }) => {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy('Studi XSS', 2024, 'FGD Aman');
  const dir = mkdtempSync(join(tmpdir(), 'telaah-xss-'));
  const transcript = join(dir, 'fgd-xss.txt');
  writeFileSync(transcript, `[00:00:05] Pak Dedi: Kata warga ${HOSTILE} itu biasa.\n\n[00:00:09] Bu Sari: Kami catat di buku kas.\n`);
  await session.importTranscript(app, transcript);
  const turn = await session.turn('Pak Dedi', 'Kata warga');
  await expect(turn).toContainText(HOSTILE);

  // Pasting HTML from a web page or a word processor into a turn inserts its text only.
  const target = await session.turn('Bu Sari', 'buku kas');
  await session.placeCaretBefore(target, 'buku kas');
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'teks tempelan ');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `<p>teks tempelan ${HOSTILE}</p><iframe src="javascript:window.__pwned=3"></iframe>`);
  await expect(target).toContainText('Kami catat di teks tempelan buku kas.');
  await expect(page.locator('.turn img, .turn script, .turn iframe, .turn b')).toHaveCount(0);

  // Coded, it appears as text in the matrix evidence, the export preview and the HTML file.
  await session.selectText(turn, `Kata warga ${HOSTILE} itu biasa.`);
  await session.applyCodeWithMouse('4.2.1');
  await session.waitUntilSaved();
  await page.getByRole('link', { name: 'Studi XSS' }).click();
  await app.tab('Matriks').click();
  await new MatrixScreen(page).cell('4.2.1', 'TKSK').click();
  await page.getByLabel('Ringkasan sel').fill(`- ${HOSTILE}`);
  await expect(page.locator('.quote-list')).toContainText(HOSTILE);
  await app.tab('Ekspor tabel').click();
  await page.locator('select[name="mode"]').selectOption('summary+exemplars');
  await page.locator('select[name="mode"]').selectOption('quotes');
  await page.locator('select[name="format"]').selectOption('html');
  await expect(page.locator('.export-preview .paper')).toContainText(HOSTILE);
  const html = (await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 1)).get('tabel.html')!;
  expect(html).toContain('&#60;img src=x onerror=&#34;window.__pwned=1&#34;&#62;&#60;script&#62;');
  expect(html).not.toContain('<img');
  expect(html).not.toContain('<script');

  await page.locator('select[name="mode"]').selectOption('summary');
  await page.locator('select[name="format"]').selectOption('csv');
  const csv = (await app.download(page.getByRole('button', { name: 'Simpan berkas' }), 4)).get('tabel-2.csv')!;
  // A summary beginning with "- " is kept from spreadsheet formulas by an apostrophe.
  expect(csv).toContain(`'- ${HOSTILE.replaceAll('"', '""')}`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img, iframe, .paper script')).toHaveCount(0);
});

test('the web build reminds the researcher to save a project file once a study has gone a day without one, and stops once saved', async ({ page }) => {
  await page.clock.install();
  const app = new Telaah(page);
  await app.open();
  await app.createStudy('Studi pengingat', 2024);
  await page.getByRole('link', { name: 'Cadangan', exact: true }).click();
  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  await expect(page.getByTestId('backup-location')).toContainText('IndexedDB');
  await page.getByRole('link', { name: 'Telaah', exact: true }).click();
  await page.getByRole('link', { name: 'Studi pengingat', exact: true }).click();
  await expect(page.getByTestId('unsaved-reminder')).toHaveCount(0);

  // A day and a bit later the study is still only in the browser.
  await page.clock.fastForward('25:00:00');
  await expect(page.getByTestId('unsaved-reminder')).toContainText('belum disimpan ke file proyek');
  await app.download(page.getByRole('button', { name: 'Simpan file proyek' }), 1);
  await page.clock.fastForward('02:00');
  await expect(page.getByTestId('unsaved-reminder')).toHaveCount(0);
});
