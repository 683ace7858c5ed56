import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from '../../shared/formats/csv.ts';

const shape = { required: ['code', 'summary'] };

describe('CSV reading', () => {
  it('reads rows by column name with the line each starts on, across quoted line breaks', () => {
    const rows = readCsv('\uFEFFsummary,code\r\n"baris satu\r\nbaris dua",4.1.1\r\n\r\nringkas,4.1.2\r\n', 'r.csv', shape);
    expect(rows).toEqual([
      { line: 2, values: { summary: 'baris satu\nbaris dua', code: '4.1.1' } },
      { line: 5, values: { summary: 'ringkas', code: '4.1.2' } },
    ]);
  });

  it('names an unknown and a missing column', () => {
    expect(() => readCsv('code,ringkasan\n', 'r.csv', shape)).toThrow('r.csv:1: unknown column "ringkasan"');
    expect(() => readCsv('code\n4.1.1\n', 'r.csv', shape)).toThrow('r.csv:1: missing column "summary"');
  });

  it('names the line of a row with the wrong number of fields and of an unbalanced quote', () => {
    expect(() => readCsv('code,summary\n4.1.1,ok\n4.1.2\n', 'r.csv', shape)).toThrow('r.csv:3: expected 2 fields, found 1');
    expect(() => readCsv('code,summary\n4.1.1,ok\n4.1.2,"tidak ditutup\n', 'r.csv', shape)).toThrow(/^r\.csv:3: invalid CSV/);
  });

  it('refuses an empty file', () => {
    expect(() => readCsv('', 'r.csv', shape)).toThrow('r.csv:1: empty file');
  });
});

describe('CSV writing', () => {
  it('quotes commas, quotes and line breaks and ends lines with CRLF', () => {
    expect(writeCsv([['a', 'b'], ['x, y', 'kata "kutip"\nbaris']])).toBe('a,b\r\n"x, y","kata ""kutip""\nbaris"\r\n');
  });

  it('reads back what it writes', () => {
    const text = writeCsv([['code', 'summary'], ['4.1.1', 'satu, "dua"\ntiga']]);
    expect(readCsv(text, 'x.csv', shape)[0]?.values).toEqual({ code: '4.1.1', summary: 'satu, "dua"\ntiga' });
  });
});
