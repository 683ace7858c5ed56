/** The agreement report as one Excel sheet: title, method, header row, a row per figure, in the shared layout (xlsx-layout.ts). */
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../formats/formula-guard.ts';
import { fitRowHeights, FONT, printLayout } from '../formats/xlsx-layout.ts';

const WRAPPED = { wrapText: true, vertical: 'top' as const };

export async function reportToXlsx(title: string, method: string, columns: string[], rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Telaah';
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  sheet.columns = columns.map((_, i) => ({ width: [10, 12, 40, 8, 8, 12, 12, 14, 14, 50, 40][i] ?? 12 }));
  const heading = sheet.addRow([neutraliseFormula(title)]);
  heading.font = { ...FONT, bold: true, size: 13 };
  sheet.mergeCells(heading.number, 1, heading.number, columns.length);
  const about = sheet.addRow([neutraliseFormula(method)]);
  about.font = FONT;
  about.alignment = WRAPPED;
  sheet.mergeCells(about.number, 1, about.number, columns.length);
  const header = sheet.addRow(columns.map(neutraliseFormula));
  header.font = { ...FONT, bold: true };
  header.alignment = WRAPPED;
  const body = rows.map((r) => {
    // Counts and coefficients stay numbers, so the team can sort and chart them.
    const row = sheet.addRow(r.map((cell, i) => (i >= 3 && i <= 8 && /^-?\d+([.,]\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : neutraliseFormula(cell))));
    row.font = FONT;
    row.alignment = WRAPPED;
    return row;
  });
  printLayout(sheet, header.number);
  fitRowHeights(sheet, [heading, about, header, ...body]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
