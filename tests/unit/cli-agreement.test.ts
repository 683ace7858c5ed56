import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run.ts';
import { agreementReport } from '../../shared/agreement/report.ts';
import { importCoderWork } from '../../shared/coders.ts';
import { parseProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import type { Project } from '../../shared/model.ts';
import { asNewStudy } from '../../shared/project-copy.ts';
import { codedStudy } from './sample-project.ts';

const as = (p: Project, coder: string): Project => ({ ...p, segments: p.segments.map((s) => ({ ...s, coder })) });

function twoFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-agreement-'));
  const ani = as(codedStudy(), 'Ani');
  const budi = as(asNewStudy(ani, ani.study.title), 'Budi');
  const budiDiffers = { ...budi, segments: budi.segments.slice(2).map((s, i) => (i === 0 ? { ...s, codes: ['4.4.8'] } : s)) };
  const [a, b] = [join(dir, 'ani.telaah.json'), join(dir, 'budi.telaah.json')];
  writeFileSync(a, writeProjectFile(ani));
  writeFileSync(b, writeProjectFile(budiDiffers));
  return { dir, a, b, ani, budi: budiDiffers };
}

// Spawns processes or reads large samples: its own time limit, so a busy machine does not fail it.
describe('the agreement command', { timeout: 60_000 }, () => {
  it('compares two coders’ project files and writes the report as Excel, Word and CSV', async () => {
    const { dir, a, b, ani, budi } = twoFiles();
    const before = readFileSync(a, 'utf8');
    const run = await runCli(['agreement', a, b, '--unit', 'turn', '--out', join(dir, 'kesepakatan.xlsx')]);
    expect(run.code).toBe(0);
    const expected = agreementReport(importCoderWork(ani, budi, 'budi.telaah.json').project, ['Ani', 'Budi'], { kind: 'turn' }).rows[0]!;
    expect(run.stdout).toContain(`Ani and Budi, 1 session(s), ${expected.units} units: alpha ${expected.alpha!.toFixed(3)}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, 'kesepakatan.xlsx')).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Laporan kesepakatan antarpengode');
    expect(sheet.getCell('A2').value).toContain('Pengode: Ani dan Budi');
    expect(sheet.getRow(3).values).toContain('Alpha Krippendorff');
    expect(sheet.getCell('H4').value).toBeCloseTo(expected.alpha!, 3);
    expect(sheet.getCell('D4').value).toBe(expected.units);
    // The project files are only read.
    expect(readFileSync(a, 'utf8')).toBe(before);

    expect((await runCli(['agreement', a, b, '--unit', 'overlap', '--threshold', '0.6', '--out', join(dir, 'kesepakatan.docx'), '--lang', 'en'])).code).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'kesepakatan.docx'))))['word/document.xml']!);
    expect(xml).toContain('Inter-coder agreement report');
    expect(xml).toContain('segment overlap of at least 60% of the joint extent');

    expect((await runCli(['agreement', a, b, '--unit', 'turn', '--out', join(dir, 'kesepakatan.csv'), '--coders', 'Budi,Ani'])).code).toBe(0);
    const csv = readFileSync(join(dir, 'kesepakatan.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toBe('Lingkup,Kode,Label,Unit,Dikode,% kesepakatan,Kappa Cohen,Alpha Krippendorff,Kappa Brennan–Prediger,Bacaan,Peringatan');
    expect(csv).toHaveLength(1 + 1 + 4 + 32 + 64 + 1);
  });

  it('refuses bad options with a usage line, and another coder’s file from a different study with its problem', async () => {
    const { dir, a, b } = twoFiles();
    expect(await runCli(['agreement', a, b, '--unit', 'kalimat', '--out', join(dir, 'x.csv')])).toMatchObject({ code: 1, stderr: 'agreement: --unit must be one of turn|overlap' });
    expect(await runCli(['agreement', a, b, '--unit', 'overlap', '--threshold', '2', '--out', join(dir, 'x.csv')])).toMatchObject({ code: 1 });
    expect(await runCli(['agreement', a, b, '--unit', 'turn', '--out', join(dir, 'x.pdf')])).toMatchObject({ code: 1, stderr: expect.stringContaining('--out must end in .xlsx, .docx, .csv') });
    const other = parseProjectFile(readFileSync(b, 'utf8'), 'b');
    writeFileSync(b, writeProjectFile({ ...other, sessions: other.sessions.map((s) => ({ ...s, title: 'FGD Lain' })) }));
    expect(await runCli(['agreement', a, b, '--unit', 'turn', '--out', join(dir, 'x.csv')])).toMatchObject({ code: 1, stderr: 'budi.telaah.json: session "FGD Lain" is not in this study' });
  });

  it('imports another coder’s work into a project file', async () => {
    const { a, b } = twoFiles();
    const run = await runCli(['import-coder', a, b]);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringContaining('imported Budi (') });
    expect(parseProjectFile(readFileSync(a, 'utf8'), 'a').segments.filter((s) => s.coder === 'Budi').length).toBeGreaterThan(0);
    expect((await runCli(['import-coder', a, b])).stdout).toContain('nothing new');
  });
});
