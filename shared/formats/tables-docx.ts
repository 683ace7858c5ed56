/**
 * The published tables as one Word document: for each role a caption paragraph, a real
 * Word table (bold header row repeated on every page, column widths that fit A4 portrait
 * with 2.5 cm margins) and the source line under it. Loaded on demand: the Word library
 * is large.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { PublishedTable } from '../tables.ts';

/** A4 portrait text width with 2.5 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9072;
const CODE_WIDTH = 850;
const AGENDA_WIDTH = 2835;

function cell(text: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
  });
}

function wordTable(t: PublishedTable): Table {
  const typeWidth = Math.floor((TEXT_WIDTH - CODE_WIDTH - AGENDA_WIDTH) / Math.max(1, t.columns.length - 2));
  const widths = [CODE_WIDTH, AGENDA_WIDTH, ...t.columns.slice(2).map(() => typeWidth)];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: 'fixed',
    rows: [
      new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, widths[i] ?? typeWidth, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: [r.code, r.agenda, ...r.cells].map((c, i) => cell(c, widths[i] ?? typeWidth)) })),
    ],
  });
}

export async function tablesToDocx(tables: readonly PublishedTable[]): Promise<Uint8Array> {
  const children = tables.flatMap((t) => [
    new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: [new TextRun({ text: t.caption, bold: true })] }),
    wordTable(t),
    new Paragraph({ spacing: { before: 60, after: 240 }, alignment: AlignmentType.LEFT, children: [new TextRun({ text: t.footer, size: 20 })] }),
  ]);
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
