/** How many lines wrapped text takes, and how a cell too tall for one row is cut, measured with Arial's widths. */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../shared/formats/font-metrics.ts';
import { columnTextWidth, MAX_ROW_LINES, splitForRows, wrappedLines } from '../../shared/formats/xlsx-layout.ts';

describe('text widths in Arial', () => {
  it('are the font’s own: digits alike, "m" wider than "i", bold wider, a wide letter for anything unknown', () => {
    expect(textWidth('0', 10)).toBeCloseTo(5.56, 2);
    expect(textWidth('0123456789', 10)).toBeCloseTo(55.6, 1);
    expect(textWidth('m', 10)).toBeGreaterThan(textWidth('i', 10) * 3);
    expect(textWidth('Pendamping', 10, 'bold')).toBeGreaterThan(textWidth('Pendamping', 10));
    expect(textWidth('“e-Warong” — é', 10)).toBeGreaterThan(0);
    expect(textWidth('漢', 10)).toBe(textWidth('M', 10));
  });
});

describe('wrapping a cell', () => {
  const width = columnTextWidth(50);

  it('takes one line for a short text, a line per paragraph, and more as the words run over', () => {
    expect(wrappedLines('Kode', width)).toBe(1);
    expect(wrappedLines('satu\ndua\ntiga', width)).toBe(3);
    const quote = 'Saat pencairan kami mendampingi KPM ke e-Warong supaya bantuannya diterima utuh. (Bu Sari, FGD Sukamaju)';
    const lines = wrappedLines(quote, width);
    // Some 256 points of Arial 10 per line for a quote some 508 points wide: two lines' worth,
    // and a third for the room words leave at the ends of lines.
    const full = Math.ceil(textWidth(quote, 10) / width);
    expect(full).toBe(2);
    expect(lines).toBeGreaterThanOrEqual(full);
    expect(lines).toBeLessThanOrEqual(full + 1);
    expect(wrappedLines(quote, width * 4)).toBe(1);
  });

  it('breaks a word longer than the line across lines', () => {
    const word = 'x'.repeat(200);
    expect(wrappedLines(word, 50)).toBe(Math.ceil(textWidth(word, 10) / 50));
  });

  it('cuts a cell too tall for a row between its quotes, and a quote too long for a row between its words, losing nothing', () => {
    const quote = 'Setiap bulan kami melakukan verifikasi dan pemutakhiran data KPM di aplikasi e-PKH. (Bu Sari, FGD Sukamaju)';
    const cell = Array.from({ length: 60 }, () => quote).join('\n');
    const pieces = splitForRows(cell, width);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(wrappedLines(piece, width)).toBeLessThanOrEqual(MAX_ROW_LINES);
    expect(pieces.join('\n')).toBe(cell);
    // Each piece ends at a quote's end.
    for (const piece of pieces) expect(piece.endsWith('(Bu Sari, FGD Sukamaju)')).toBe(true);
    const long = Array.from({ length: 400 }, (_, i) => `kata${i}`).join(' ');
    const parts = splitForRows(long, width);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.join(' ')).toBe(long);
    for (const part of parts) expect(wrappedLines(part, width)).toBeLessThanOrEqual(MAX_ROW_LINES);
    expect(splitForRows('', width)).toEqual(['']);
  });
});
