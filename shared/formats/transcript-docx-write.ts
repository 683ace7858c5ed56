/**
 * Writing a session as a Word document: the title as a heading, the session's details in
 * a small table, then one paragraph per turn with its time and the speaker's name in
 * bold. transcript-docx.ts reads such a document back to the same turns (it skips
 * headings and tables).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Bilingual, Lang } from '../model.ts';
import { withoutForbidden } from '../text-clean.ts';
import { formatTime } from './timestamp.ts';
import type { TimedTurn } from './transcript-timed.ts';

export interface SessionDetails {
  title: string;
  date: string;
  place: string;
  moderator: string;
  noteTaker: string;
}

const LABELS: Record<'date' | 'place' | 'moderator' | 'noteTaker', Bilingual> = {
  date: { id: 'Tanggal', en: 'Date' },
  place: { id: 'Tempat', en: 'Place' },
  moderator: { id: 'Moderator', en: 'Moderator' },
  noteTaker: { id: 'Notulis', en: 'Note-taker' },
};

export async function writeDocx(given: SessionDetails, timed: readonly TimedTurn[], lang: Lang): Promise<Uint8Array> {
  // XML cannot carry every character a stored study may hold (one from an older Telaah): those are left out, so the document opens.
  const session: SessionDetails = { title: withoutForbidden(given.title), date: withoutForbidden(given.date), place: withoutForbidden(given.place), moderator: withoutForbidden(given.moderator), noteTaker: withoutForbidden(given.noteTaker) };
  const turns = timed.map((t) => ({ ...t, text: withoutForbidden(t.text), speaker: t.speaker === null ? null : withoutForbidden(t.speaker) }));
  const rows = (['date', 'place', 'moderator', 'noteTaker'] as const)
    .filter((key) => session[key].trim() !== '')
    .map(
      (key) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: LABELS[key][lang], bold: true })] })] }),
            new TableCell({ width: { size: 75, type: WidthType.PERCENTAGE }, children: [new Paragraph(session[key])] }),
          ],
        }),
    );
  const details = rows.length > 0 ? [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }), new Paragraph('')] : [];
  const body = turns.map(
    (turn) =>
      new Paragraph({
        spacing: { after: 120 },
        children: [
          ...(turn.timestamp === null ? [] : [new TextRun({ text: `[${formatTime(turn.timestamp)}] `, color: '666666' })]),
          ...(turn.speaker ? [new TextRun({ text: `${turn.speaker}: `, bold: true })] : []),
          new TextRun(turn.text),
        ],
      }),
  );
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    sections: [{ children: [new Paragraph({ text: session.title, heading: HeadingLevel.HEADING_1, alignment: AlignmentType.LEFT }), ...details, ...body] }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
