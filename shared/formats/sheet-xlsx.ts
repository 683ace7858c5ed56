/**
 * One list as an Excel workbook: a bold, frozen header row and the rows beneath it, numbers
 * as numbers, text guarded against formula injection as in the CSV files. Search hits,
 * word frequencies, co-occurrence tables and memos are written this way beside their CSV.
 * Loaded on demand: the spreadsheet library is large.
 */
import ExcelJS from 'exceljs';
import { neutraliseFormula } from './formula-guard.ts';

export type SheetRow = readonly (string | number)[];

export async function sheetToXlsx(name: string, header: readonly string[], rows: readonly SheetRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Telaah';
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  const head = sheet.addRow(header.map(neutraliseFormula));
  head.font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : neutraliseFormula(cell))));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  // Columns as wide as their longest line, within reason.
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(header[i]?.length ?? 0, ...rows.slice(0, 500).map((r) => String(r[i] ?? '').length));
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
