/**
 * The layout every workbook Telaah writes shares, so that it looks right opened in Excel
 * or LibreOffice and printed: Arial 10 (Liberation Sans in LibreOffice, the same widths),
 * wrapped cells whose rows are as tall as their lines (neither program grows a row for
 * wrapped text in a written file, so the text would overprint the rows below), the header
 * row frozen and repeated on every printed page, and A4 landscape fitted to one page wide.
 */
import type ExcelJS from 'exceljs';
import { textWidth, type FontStyle } from './font-metrics.ts';

export const FONT = { name: 'Arial', size: 10 } as const;

/** Excel's column unit is the width of "0" in the default font: 7 pixels for Arial 10, 5.25 points. */
const POINTS_PER_WIDTH_UNIT = 5.25;
/** Room a cell keeps beside its text (the programs' inner margins), in points. */
const CELL_PADDING = 6;
/** One line of Arial 10 in a row, in points (Excel's default row is 12.75 points). */
const LINE_HEIGHT = 12.75;
/** Excel's tallest row; a cell needing more is cut there rather than spilling over. */
export const MAX_ROW_HEIGHT = 409;

/** How many lines `text` takes in a column of `widthPt` points, wrapped at spaces as the programs wrap it. */
export function wrappedLines(text: string, widthPt: number, size: number = FONT.size, style: FontStyle = 'regular'): number {
  const space = textWidth(' ', size, style);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      let width = textWidth(word, size, style);
      const needed = used === 0 ? width : used + space + width;
      if (needed <= widthPt) {
        used = needed;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than the line is broken across lines.
      while (width > widthPt) {
        lines++;
        width -= widthPt;
      }
      used = width;
    }
  }
  return lines;
}

/** The most lines a row holds within Excel's tallest row. */
export const MAX_ROW_LINES = Math.floor((MAX_ROW_HEIGHT - 3) / LINE_HEIGHT);

/**
 * A cell's text cut into pieces that each fit a row (at most `maxLines` lines in a column of
 * `widthPt`): between its paragraphs (quotes) where it can, between words inside a paragraph
 * longer than a row. The pieces go into rows under one another, so nothing is cut off.
 */
export function splitForRows(text: string, widthPt: number, maxLines: number = MAX_ROW_LINES): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  let used = 0;
  const flush = () => {
    if (current.length > 0) pieces.push(current.join('\n'));
    current = [];
    used = 0;
  };
  for (const paragraph of text.split('\n')) {
    const lines = wrappedLines(paragraph, widthPt);
    if (lines > maxLines) {
      flush();
      // Words go into pieces of at most `maxLines` lines each.
      let piece = '';
      for (const word of paragraph.split(' ')) {
        const next = piece === '' ? word : `${piece} ${word}`;
        if (piece !== '' && wrappedLines(next, widthPt) > maxLines) {
          pieces.push(piece);
          piece = word;
        } else piece = next;
      }
      current = [piece];
      used = wrappedLines(piece, widthPt);
      continue;
    }
    if (used + lines > maxLines) flush();
    current.push(paragraph);
    used += lines;
  }
  flush();
  return pieces.length > 0 ? pieces : [''];
}

/** The points of text a column of `width` units holds on one line. */
export function columnTextWidth(width: number): number {
  return Math.max(1, width * POINTS_PER_WIDTH_UNIT - CELL_PADDING);
}

/** Each row as tall as its tallest wrapped cell (cells merged across columns measured across them). */
export function fitRowHeights(sheet: ExcelJS.Worksheet, rows: readonly ExcelJS.Row[]): void {
  const widths = sheet.columns.map((c) => c.width ?? 9);
  for (const row of rows) {
    let lines = 1;
    let size: number = FONT.size;
    row.eachCell((cell, column) => {
      const text = cell.value === null || cell.value === undefined ? '' : String(cell.value);
      const font = cell.font ?? row.font;
      const cellSize = font?.size ?? FONT.size;
      size = Math.max(size, cellSize);
      // A merged cell (the caption, the source) spans the columns it is merged over.
      const span = cell.isMerged && cell.master === cell ? mergedWidth(sheet, row.number, column, widths) : (widths[column - 1] ?? 9);
      lines = Math.max(lines, wrappedLines(text, columnTextWidth(span), cellSize, font?.bold ? 'bold' : 'regular'));
    });
    row.height = Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * LINE_HEIGHT * (size / FONT.size) + 3));
  }
}

function mergedWidth(sheet: ExcelJS.Worksheet, row: number, column: number, widths: readonly number[]): number {
  let total = widths[column - 1] ?? 9;
  for (let c = column + 1; c <= widths.length; c++) {
    const cell = sheet.getCell(row, c);
    if (!(cell.isMerged && cell.master.address === sheet.getCell(row, column).address)) break;
    total += widths[c - 1] ?? 9;
  }
  return total;
}

/** A4 landscape, one page wide, the header row (1-based) frozen on screen and repeated on each printed page. */
export function printLayout(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
}
