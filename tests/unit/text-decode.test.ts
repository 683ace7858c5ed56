import { describe, expect, it } from 'vitest';
import { parseCodebookFile } from '../../shared/formats/codebook-file.ts';
import { importParticipants } from '../../shared/formats/participants-csv.ts';
import { decodeText } from '../../shared/formats/text-decode.ts';
import { parseTranscriptFile } from '../../shared/formats/transcript-file.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';

const csv = 'label,assistant_type,site,affiliation\nBu Désy,PKH,Kecamatan Cibeureum,\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    out.push(...(bigEndian ? [code >> 8, code & 0xff] : [code & 0xff, code >> 8]));
  }
  return Uint8Array.from(out);
}

describe('reading files in the encodings they come in', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(csv);
    expect(decodeText(bytes)).toBe(csv);
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toBe(csv);
  });

  it('reads UTF-16 ("Unicode" from Excel or Notepad) with or without a byte-order mark', () => {
    for (const bigEndian of [false, true]) for (const bom of [false, true]) expect(decodeText(utf16(csv, bigEndian, bom))).toBe(csv);
  });

  it('reads Windows-1252 (Excel’s plain CSV) without losing accented names', () => {
    const cp1252 = Uint8Array.from([...csv].map((c) => c.charCodeAt(0)));
    expect(decodeText(cp1252)).toBe(csv);
    const imported = importParticipants(emptyProject(createStudy('S', 2024)), decodeText(cp1252), 'peserta.csv');
    expect(imported.participants[0]?.label).toBe('Bu Désy');
  });

  it('refuses a binary file read as text, naming the file and line', () => {
    const zipAsText = new TextDecoder().decode(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
    expect(() => importParticipants(emptyProject(createStudy('S', 2024)), `label,assistant_type\n${zipAsText}`, 'peserta.xlsx.csv')).toThrow(
      'peserta.xlsx.csv:2: this is not a text file (it holds binary data); save it as UTF-8 text',
    );
    expect(() => parseTranscriptFile('fgd.txt', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow('fgd.txt:1: this is not a text file');
  });

  it('refuses XML nested deeper than any codebook, instead of running out of stack', () => {
    const depth = 5000;
    const qdc = `<?xml version="1.0"?><CodeBook><Codes>${'<Code guid="a" name="x" isCodable="true">'.repeat(depth)}${'</Code>'.repeat(depth)}</Codes></CodeBook>`;
    expect(() => parseCodebookFile(qdc, 'dalam.qdc')).toThrow(/dalam\.qdc:1: .*nested deeper than 256 levels/);
  });
});
