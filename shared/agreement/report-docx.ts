/** The agreement report as a Word document: title, method paragraph, one landscape table. */
import { Document, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });

export async function reportToDocx(title: string, method: string, columns: string[], rows: string[][]): Promise<Uint8Array> {
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }), ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) }))],
  });
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 16838, height: 11906 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: [new Paragraph({ children: [new TextRun({ text: title, bold: true, size: 28 })] }), new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: method })] }), table],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
