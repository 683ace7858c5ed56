/**
 * The published tables as one Word document: for each role a caption paragraph above, a
 * real Word table (header row repeated on every page, column widths that fit A4 portrait
 * with 2.5 cm margins, rows kept whole across pages, cell margins so text does not touch
 * the rules) and the source line under it. Two styles:
 * - `grid`: every cell ruled, the caption bold, the document's own font;
 * - `thesis` (as Indonesian thesis guides ask): horizontal rules only (above and below the
 *   table and under its header), "Tabel 4.1" bold and the title not, Times New Roman 12
 *   with 1.5 line spacing.
 * Loaded on demand: the Word library is large.
 */
import { withoutForbidden } from '../text-clean.ts';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IBorderOptions } from 'docx';
import type { PublishedTable } from '../tables.ts';
import type { WordTableStyle } from './tables-write.ts';


/** A4 portrait text width with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9072;
const CODE_WIDTH = 850;
const AGENDA_WIDTH = 2835;
/** Room between a cell's text and its rules: 0.1 cm above and below, 0.19 cm beside (Word's own default beside). */
const CELL_MARGINS = { top: 57, bottom: 57, left: 108, right: 108 };

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const FONTS: Record<WordTableStyle, { font: string; size: number; line?: number }> = {
  // Half-points: 11 pt; the document's default spacing.
  grid: { font: 'Times New Roman', size: 22 },
  // 12 pt, line spacing 1.5 (360 of 240).
  thesis: { font: 'Times New Roman', size: 24, line: 360 },
};

function cell(text: string, width: number, style: WordTableStyle, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    // The thesis style rules the header off from the body; its other cells have no rules of their own.
    borders: style === 'thesis' && header ? { bottom: THIN } : undefined,
    children: withoutForbidden(text).split('\n').map((line) => new Paragraph({ spacing: { line: FONTS[style].line }, children: [new TextRun({ text: line, bold: header })] })),
  });
}

function wordTable(t: PublishedTable, style: WordTableStyle): Table {
  const typeWidth = Math.floor((TEXT_WIDTH - CODE_WIDTH - AGENDA_WIDTH) / Math.max(1, t.columns.length - 2));
  const widths = [CODE_WIDTH, AGENDA_WIDTH, ...t.columns.slice(2).map(() => typeWidth)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: 'fixed',
    margins: CELL_MARGINS,
    borders: style === 'thesis' ? { top: RULE, bottom: RULE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE } : undefined,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c, widths[i] ?? typeWidth, style, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: [r.code, r.agenda, ...r.cells].map((c, i) => cell(c, widths[i] ?? typeWidth, style, false)) })),
    ],
  });
}

/** The caption: all bold in the grid style; in the thesis style "Tabel 4.1" bold and the title not. */
function caption(t: PublishedTable, style: WordTableStyle): Paragraph {
  const title = t.caption.slice(t.label.length).trim();
  const runs =
    style === 'thesis' && t.label !== '' && t.caption.startsWith(t.label)
      ? [new TextRun({ text: t.label, bold: true }), ...(title ? [new TextRun({ text: ` ${title}` })] : [])]
      : [new TextRun({ text: t.caption, bold: true })];
  return new Paragraph({ spacing: { before: 240, after: 120, line: FONTS[style].line }, keepNext: true, keepLines: true, children: runs });
}

export async function tablesToDocx(given: readonly PublishedTable[], style: WordTableStyle = 'grid'): Promise<Uint8Array> {
  // Captions and footers come from the study's settings: what XML cannot carry is left out, as in the cells.
  const tables = given.map((t) => ({ ...t, label: withoutForbidden(t.label), caption: withoutForbidden(t.caption), footer: withoutForbidden(t.footer) }));
  const children = tables.flatMap((t) => [
    caption(t, style),
    wordTable(t, style),
    new Paragraph({ spacing: { before: 60, after: 240 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: t.footer, size: 20 })] }),
  ]);
  const { font, size } = FONTS[style];
  const doc = new Document({
    styles: { default: { document: { run: { font, size } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
