/**
 * The Word and Excel tables as LibreOffice prints them: the first page of each, as a
 * picture for the README (docs/screenshots/), made by LibreOffice and poppler-utils.
 */
import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportTables } from '../../shared/formats/tables-write.ts';
import { codedStudy } from '../unit/sample-project.ts';

const out = (name: string) => fileURLToPath(new URL(`../../docs/screenshots/${name}`, import.meta.url));

test('the tables printed by LibreOffice: Word in the thesis style, and Excel', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-office-shots-'));
  const project = codedStudy();
  const [docx] = await exportTables(project, { mode: 'summary+exemplars', lang: 'id', format: 'docx', wordStyle: 'thesis', numberPrefix: '4.' });
  const [xlsx] = await exportTables(project, { mode: 'quotes', lang: 'id', format: 'xlsx', numberPrefix: '4.' });
  writeFileSync(join(dir, 'tabel-word.docx'), docx!.content as Uint8Array);
  writeFileSync(join(dir, 'tabel-excel.xlsx'), xlsx!.content as Uint8Array);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'tabel-word.docx'), join(dir, 'tabel-excel.xlsx')], { stdio: 'ignore' });
  for (const name of ['tabel-word', 'tabel-excel']) {
    execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', '1', '-l', '1', join(dir, `${name}.pdf`), join(dir, name)]);
    renameSync(join(dir, `${name}.png`), out(`export-${name.replace('tabel-', '')}.png`));
  }
});
