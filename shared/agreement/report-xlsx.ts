/** The agreement report as one Excel sheet: title, method, header row, a row per figure. */
import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../formats/formula-guard.ts';

export async function reportToXlsx(title: string, method: string, columns: string[], rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Telaah';
  const sheet = workbook.addWorksheet(title.slice(0, 31));
  sheet.columns = columns.map((_, i) => ({ width: [10, 12, 40, 8, 8, 12, 12, 14, 14, 50, 40][i] ?? 12 }));
  sheet.addRow([neutraliseFormula(title)]).font = { bold: true, size: 13 };
  sheet.addRow([neutraliseFormula(method)]);
  const header = sheet.addRow(columns.map(neutraliseFormula));
  header.font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  for (const r of rows) {
    // Counts and coefficients stay numbers, so the team can sort and chart them.
    sheet.addRow(r.map((cell, i) => (i >= 3 && i <= 8 && /^-?\d+([.,]\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : neutraliseFormula(cell)))).alignment = { wrapText: true, vertical: 'top' };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
