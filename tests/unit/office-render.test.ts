/**
 * The exports as an office suite shows and prints them: LibreOffice converts every Word and
 * Excel file Telaah writes to PDF, and the PDF's text boxes (pdftotext -bbox-layout) must
 * show no text printed over other text, every column of a table on its first column's page,
 * each caption above its table and each source line below it. Skipped, and counted as
 * skipped, where LibreOffice or poppler-utils is not installed (CI installs them).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { agreementReport } from '../../shared/agreement/report.ts';
import { writeAgreementReport } from '../../shared/agreement/report-write.ts';
import { sheetToXlsx } from '../../shared/formats/sheet-xlsx.ts';
import { writeTranscriptFile } from '../../shared/formats/transcript-file.ts';
import { transcriptOf } from '../../shared/transcript.ts';
import { exportTables } from '../../shared/formats/tables-write.ts';
import { KWIC_COLUMNS, kwicRows, searchStudy } from '../../shared/search/kwic.ts';
import type { Project } from '../../shared/model.ts';
import { codedStudy } from './sample-project.ts';

const has = (command: string) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const available = has('soffice') && has('pdftotext');

interface Line {
  page: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  text: string;
}

/** The text lines of a PDF with their boxes, in reading order (page, then top to bottom). */
function pdfLines(pdf: string): Line[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: Line[] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const text = [...m[5]!.matchAll(/<word[^>]*>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ');
      lines.push({ page: index + 1, x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]), text: text.replaceAll('&amp;', '&') });
    }
  });
  return lines;
}

/**
 * Pairs of lines on one page whose boxes overlap by more than a third of a line: text
 * printed over text. (A line's box runs from its font's ascent to its descent, so a large
 * heading's box may graze the line under it by a point or two; that is not overprinting.)
 */
function overprinted(lines: readonly Line[]): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (a.page !== b.page) continue;
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (dx > 1 && dy > Math.min(a.y2 - a.y1, b.y2 - b.y1) / 3) found.push([a.text, b.text]);
    }
  }
  return found;
}

const before = (a: Line, b: Line) => a.page < b.page || (a.page === b.page && a.y1 < b.y1);

/** A study whose quotes fill several pages: every statement of the sample study coded in every cell it could count for. */
function longStudy(): Project {
  const p = codedStudy();
  const many = p.turns.filter((t) => t.text.length > 60);
  for (const [i, turn] of many.entries()) {
    for (const code of ['4.1.1', '4.1.2', '4.2.3']) {
      p.segments.push({ ...p.segments[0]!, id: `long-${i}-${code}`, turnId: turn.id, sessionId: turn.sessionId, start: 0, end: turn.text.length, text: turn.text, codes: [code], assistantType: i % 2 ? 'PKH' : 'TKSK', memo: '' });
    }
  }
  return p;
}

describe.skipIf(!available)('the exports in LibreOffice, printed to PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-office-'));
  const pdf = (name: string) => pdfLines(join(dir, name.replace(/\.\w+$/, '.pdf')));

  beforeAll(async () => {
    const project = longStudy();
    const files: Record<string, Uint8Array> = {};
    for (const wordStyle of ['grid', 'thesis'] as const) {
      const [docx] = await exportTables(project, { mode: 'quotes', lang: 'id', format: 'docx', wordStyle, numberPrefix: '4.' });
      files[`tabel-${wordStyle}.docx`] = docx!.content as Uint8Array;
    }
    const [xlsx] = await exportTables(project, { mode: 'quotes', lang: 'id', format: 'xlsx', numberPrefix: '4.' });
    files['tabel.xlsx'] = xlsx!.content as Uint8Array;
    const lines = searchStudy(project, 'KPM', { forms: true });
    files['hasil-pencarian.xlsx'] = await sheetToXlsx('hasil-pencarian', KWIC_COLUMNS, kwicRows(lines));
    // Two coders' agreement report, and a session's transcript.
    const team = codedStudy();
    team.segments.push(...team.segments.map((s, i) => ({ ...s, id: `b-${s.id}`, coder: 'Budi', codes: i % 3 ? s.codes : ['4.2.1'] })));
    team.segments.forEach((s) => s.coder === '' && (s.coder = 'Ani'));
    const report = agreementReport(team, ['Ani', 'Budi'], { kind: 'turn' });
    files['kesepakatan-excel.xlsx'] = (await writeAgreementReport(report, 'xlsx', 'id')) as Uint8Array;
    files['kesepakatan-word.docx'] = (await writeAgreementReport(report, 'docx', 'id')) as Uint8Array;
    const session = team.sessions[0]!;
    files['transkrip.docx'] = (await writeTranscriptFile('docx', transcriptOf(team, session.id), session, 'id')) as Uint8Array;
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(files).map((n) => join(dir, n))], { stdio: 'ignore', timeout: 170_000 });
  }, 180_000);

  it('prints no text over other text, in every Word and Excel file Telaah writes', () => {
    for (const name of ['tabel-grid.docx', 'tabel-thesis.docx', 'tabel.xlsx', 'hasil-pencarian.xlsx', 'kesepakatan-excel.xlsx', 'kesepakatan-word.docx', 'transkrip.docx']) {
      const lines = pdf(name);
      expect(lines.length, name).toBeGreaterThan(20);
      expect(overprinted(lines), name).toEqual([]);
    }
  });

  it('keeps every column of a table on the page of its first column, its header repeated on each page it runs onto', () => {
    for (const name of ['tabel-grid.docx', 'tabel-thesis.docx', 'tabel.xlsx']) {
      const lines = pdf(name);
      const headerPages = new Set(lines.filter((l) => /^Kode\b/.test(l.text) || l.text === 'Kode').map((l) => l.page));
      // Every page with table rows on it shows the header; and where "Kode" heads a table, "TKSK" stands on the same line.
      const rowPages = new Set(lines.filter((l) => /^4\.\d\.\d\b/.test(l.text)).map((l) => l.page));
      for (const page of rowPages) expect(headerPages.has(page), `${name} page ${page}`).toBe(true);
      for (const header of lines.filter((l) => l.text.startsWith('Kode'))) {
        expect(
          lines.some((l) => l.page === header.page && l.text.includes('TKSK') && Math.abs(l.y1 - header.y1) < 3),
          `${name} page ${header.page}`,
        ).toBe(true);
      }
    }
  });

  it('puts each caption above its table and each source line below it', () => {
    for (const name of ['tabel-grid.docx', 'tabel-thesis.docx', 'tabel.xlsx']) {
      const lines = pdf(name);
      for (let n = 1; n <= 4; n++) {
        const caption = lines.find((l) => l.text.startsWith(`Tabel 4.${n} `));
        const first = lines.find((l) => l.text.startsWith(`4.${n}.1`));
        const last = lines.find((l) => l.text.startsWith(`4.${n}.8`));
        expect(caption && first && last, `${name} table ${n}`).toBeTruthy();
        expect(before(caption!, first!), `${name}: caption of table ${n} above it`).toBe(true);
        const source = lines.find((l) => l.text.startsWith('Sumber:') && before(last!, l));
        expect(source, `${name}: source under table ${n}`).toBeDefined();
        const next = lines.find((l) => l.text.startsWith(`Tabel 4.${n + 1} `));
        if (next) expect(before(source!, next), `${name}: source of table ${n} before the next caption`).toBe(true);
      }
    }
  });

  it('writes Excel tables as A4 landscape, one page wide, the header repeated', () => {
    const info = execFileSync('pdfinfo', [join(dir, 'tabel.pdf')], { encoding: 'utf8' });
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    // A4 landscape: 842 × 595 points.
    expect(Math.round(Number(width))).toBe(842);
    expect(Math.round(Number(height))).toBe(595);
    expect(readFileSync(join(dir, 'tabel.pdf')).length).toBeGreaterThan(0);
  });
});
