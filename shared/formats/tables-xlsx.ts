/**
 * The published tables as a workbook: one sheet per table (caption row, bold header row,
 * the rows with wrapped text, source row), plus an overview sheet with the count matrix of
 * every code and assistant type. Every sheet has the shared layout (xlsx-layout.ts): rows
 * as tall as their wrapped text, the header frozen and repeated on printed pages, A4
 * landscape one page wide. Loaded on demand: the spreadsheet library is large.
 */
import ExcelJS from 'exceljs';
import type { PublishedTable } from '../tables.ts';
import { neutraliseFormula } from './formula-guard.ts';
import { columnTextWidth, fitRowHeights, FONT, printLayout, splitForRows } from './xlsx-layout.ts';

export interface Overview {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** Every text cell is guarded against formula injection, as in the CSV files. */
const text = (cell: string) => neutraliseFormula(cell);

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TOP_LEFT_WRAPPED = { wrapText: true, vertical: 'top' as const };

export async function tablesToXlsx(tables: readonly PublishedTable[], overview: Overview): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Telaah';
  for (const t of tables) {
    const sheet = workbook.addWorksheet(t.caption.split(' ').slice(0, 2).join(' ').slice(0, 31));
    sheet.columns = t.columns.map((_, i) => ({ width: i === 0 ? 9 : i === 1 ? 40 : 50 }));
    const caption = sheet.addRow([text(t.caption)]);
    caption.font = { ...FONT, bold: true, size: 12 };
    caption.alignment = TOP_LEFT_WRAPPED;
    sheet.mergeCells(caption.number, 1, caption.number, t.columns.length);
    const header = sheet.addRow(t.columns.map(text));
    header.font = { ...FONT, bold: true };
    header.alignment = TOP_LEFT_WRAPPED;
    header.eachCell((c) => (c.border = BORDER));
    const widths = sheet.columns.map((c) => columnTextWidth(c.width ?? 9));
    const body = t.rows.flatMap((r) => {
      // A row whose quotes fill more than Excel's tallest row goes on in the rows under it,
      // its code and agenda merged down beside them, its rules around the whole.
      const cells = [r.code, r.agenda, ...r.cells].map((c, i) => splitForRows(c, widths[i] ?? 1));
      const count = Math.max(...cells.map((pieces) => pieces.length));
      const rows = Array.from({ length: count }, (_, k) => {
        const row = sheet.addRow(cells.map((pieces) => text(pieces[k] ?? '')));
        row.font = FONT;
        row.alignment = TOP_LEFT_WRAPPED;
        row.eachCell({ includeEmpty: true }, (c) => (c.border = { left: THIN, right: THIN, top: k === 0 ? THIN : undefined, bottom: k === count - 1 ? THIN : undefined }));
        return row;
      });
      if (count > 1) for (const column of [1, 2]) sheet.mergeCells(rows[0]!.number, column, rows[count - 1]!.number, column);
      return rows;
    });
    const footer = sheet.addRow([text(t.footer)]);
    footer.font = { ...FONT, italic: true, size: 9 };
    footer.alignment = TOP_LEFT_WRAPPED;
    sheet.mergeCells(footer.number, 1, footer.number, t.columns.length);
    printLayout(sheet, header.number);
    fitRowHeights(sheet, [caption, header, ...body, footer]);
  }
  const sheet = workbook.addWorksheet(overview.title.slice(0, 31));
  sheet.columns = overview.columns.map((_, i) => ({ width: i === 1 ? 48 : 14 }));
  const header = sheet.addRow(overview.columns.map(text));
  header.font = { ...FONT, bold: true };
  header.alignment = TOP_LEFT_WRAPPED;
  const rows = overview.rows.map((r) => {
    const row = sheet.addRow(r.map((v) => (typeof v === 'string' ? text(v) : v)));
    row.font = FONT;
    row.alignment = TOP_LEFT_WRAPPED;
    return row;
  });
  printLayout(sheet, header.number);
  fitRowHeights(sheet, [header, ...rows]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
