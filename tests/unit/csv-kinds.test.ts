/**
 * The two CSVs Telaah writes: the standard one and "CSV for Excel" (a UTF-8 byte-order
 * mark so Excel on Windows does not read the ANSI code page, `;` as Excel under an
 * Indonesian regional setting expects, decimal commas), each read back to the same study.
 */
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv, writeSheetCsv } from '../../shared/formats/csv.ts';
import { exportCodebookCsv, parseCodebookCsv } from '../../shared/formats/codebook-csv.ts';
import { exportCodings, importCodings } from '../../shared/formats/codings-csv.ts';
import { exportParticipants, importParticipants } from '../../shared/formats/participants-csv.ts';
import { exportSummaries, importSummaries } from '../../shared/formats/summaries-csv.ts';
import { decodeText } from '../../shared/formats/text-decode.ts';
import { codedStudy, studyWithTranscript } from './sample-project.ts';

const FGD_TALK = '“e-Warong” di kota kami — masih; kata Désy, 50,5 % KPM';

describe('CSV for Excel', () => {
  it('starts with a byte-order mark, separates with semicolons, ends lines with CRLF and quotes what needs it', () => {
    const csv = writeCsv([['label', 'catatan'], ['Désy', FGD_TALK]], 'excel');
    expect(csv.startsWith('\uFEFFlabel;catatan\r\n')).toBe(true);
    expect(csv).toBe(`\uFEFFlabel;catatan\r\nDésy;"${FGD_TALK}"\r\n`);
    // UTF-8 bytes after the mark: Excel reads é, the curly quotes and the dash as they are.
    const bytes = new TextEncoder().encode(csv);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes decimals with a comma for Excel and a point in the standard CSV', () => {
    expect(writeSheetCsv(['word', 'per_1000'], [['bantuan', 26.88]], 'excel')).toBe('\uFEFFword;per_1000\r\nbantuan;26,88\r\n');
    expect(writeSheetCsv(['word', 'per_1000'], [['bantuan', 26.88]])).toBe('word,per_1000\r\nbantuan,26.88\r\n');
  });

  it('is read back whichever separator it has, the mark and all', () => {
    for (const kind of ['standard', 'excel'] as const) {
      const bytes = new TextEncoder().encode(writeCsv([['label', 'catatan'], ['Désy', FGD_TALK], ['Bu Sari', 'baris\nkedua']], kind));
      const rows = readCsv(decodeText(bytes), 'peserta.csv', { required: ['label', 'catatan'] });
      expect(rows.map((r) => r.values)).toEqual([
        { label: 'Désy', catatan: FGD_TALK },
        { label: 'Bu Sari', catatan: 'baris\nkedua' },
      ]);
    }
  });

  it('brings back the same participants, codings, summaries and codebook as the standard CSV', () => {
    const coded = codedStudy();
    coded.participants[0]!.realName = 'Désy Ratnasari';
    coded.participants[0]!.consent.notes = FGD_TALK;
    coded.summaries[0]!.text = FGD_TALK;
    const base = studyWithTranscript();
    for (const kind of ['standard', 'excel'] as const) {
      const people = importParticipants(base, exportParticipants(coded, kind), 'peserta.csv');
      expect(people.participants.map((p) => [p.label, p.realName, p.consent.notes])).toEqual(coded.participants.map((p) => [p.label, p.realName, p.consent.notes]));
      const codings = importCodings(base, exportCodings(coded, undefined, kind), 'koding.csv');
      expect(codings.segments.map((s) => [s.text, s.codes])).toEqual(coded.segments.map((s) => [s.text, s.codes]));
      const summaries = importSummaries(coded, exportSummaries(coded, kind), 'ringkasan.csv');
      expect(summaries.summaries.map((s) => s.text)).toEqual(coded.summaries.map((s) => s.text));
    }
    // The codebook CSV holds what it holds (no English definitions of roles): the same in both kinds.
    expect(parseCodebookCsv(exportCodebookCsv(coded.study.codebook, 'excel'), 'buku-kode.csv')).toEqual(parseCodebookCsv(exportCodebookCsv(coded.study.codebook), 'buku-kode.csv'));
  });
});
