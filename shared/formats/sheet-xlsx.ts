/**
 * One list as an Excel workbook: a bold header row and the rows beneath it, numbers as
 * numbers, text guarded against formula injection as in the CSV files, in the shared layout
 * (xlsx-layout.ts: wrapped text in rows as tall as it needs, header frozen and repeated in
 * print, A4 landscape one page wide). Search hits, word frequencies, co-occurrence tables
 * and memos are written this way beside their CSV. Loaded on demand: the spreadsheet
 * library is large.
 */
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-guard.ts';
import { fitRowHeights, FONT, printLayout } from './xlsx-layout.ts';

export type SheetRow = readonly (string | number)[];

/** Rows measured for their height at most; a longer list keeps one line per row beyond them. */
const MEASURED_ROWS = 20_000;

export async function sheetToXlsx(name: string, header: readonly string[], rows: readonly SheetRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Telaah';
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  const head = sheet.addRow(header.map(neutraliseFormula));
  head.font = { ...FONT, bold: true };
  const body = rows.map((row) => {
    const added = sheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : neutraliseFormula(cell))));
    added.font = FONT;
    added.alignment = { wrapText: true, vertical: 'top' };
    return added;
  });
  // Columns as wide as their longest line, within reason; longer text wraps.
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(header[i]?.length ?? 0, ...rows.slice(0, 500).map((r) => Math.max(...String(r[i] ?? '').split('\n').map((l) => l.length))));
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  printLayout(sheet, 1);
  fitRowHeights(sheet, [head, ...body.slice(0, MEASURED_ROWS)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
