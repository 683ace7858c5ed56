/**
 * The published tables as a workbook: one sheet per table (caption row, bold header row,
 * the eight rows with wrapped text, source row), plus an overview sheet with the count
 * matrix of every code and assistant type. Loaded on demand: the spreadsheet library is
 * large.
 */
import ExcelJS from 'exceljs';
import type { PublishedTable } from '../tables.ts';
import { neutraliseFormula } from './formula-guard.ts';

export interface Overview {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** Every text cell is guarded against formula injection, as in the CSV files. */
const text = (cell: string) => neutraliseFormula(cell);

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function tablesToXlsx(tables: readonly PublishedTable[], overview: Overview): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Telaah';
  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.caption.split(' ').slice(0, 2).join(' ').slice(0, 31));
    sheet.columns = t.columns.map((_, i) => ({ width: i === 0 ? 9 : i === 1 ? 48 : 45 }));
    const caption = sheet.addRow([text(t.caption)]);
    caption.font = { bold: true };
    sheet.mergeCells(caption.number, 1, caption.number, t.columns.length);
    const header = sheet.addRow(t.columns.map(text));
    header.font = { bold: true };
    header.eachCell((c) => (c.border = BORDER));
    for (const r of t.rows) {
      const row = sheet.addRow([r.code, r.agenda, ...r.cells].map(text));
      row.alignment = { wrapText: true, vertical: 'top' };
      row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
    }
    const footer = sheet.addRow([text(t.footer)]);
    footer.font = { italic: true, size: 9 };
    sheet.mergeCells(footer.number, 1, footer.number, t.columns.length);
  }
  const sheet = workbook.addWorksheet(overview.title.slice(0, 31));
  sheet.columns = overview.columns.map((_, i) => ({ width: i === 1 ? 48 : 14 }));
  sheet.addRow(overview.columns.map(text)).font = { bold: true };
  for (const r of overview.rows) sheet.addRow(r.map((v) => (typeof v === 'string' ? text(v) : v)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
