/**
 * How wide text is in Arial (and the metric-compatible Liberation Sans that LibreOffice
 * uses in its place), so a spreadsheet writer can tell how many lines a wrapped cell takes
 * and set its row height: Excel and LibreOffice do not grow a row for wrapped text in a file
 * a program wrote. Advance widths in thousandths of an em, measured from Liberation Sans
 * 2.1 (fonts-liberation), for U+0020–U+007E, U+00A0–U+00FF and the dashes, curly quotes,
 * ellipsis and euro sign of FGD talk; any other character counts as wide as "M".
 */

export type FontStyle = 'regular' | 'bold';

const ASCII: Record<FontStyle, readonly number[]> = {
  regular: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
    556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ],
  bold: [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
    611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ],
};

const LATIN1: Record<FontStyle, readonly number[]> = {
  regular: [
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 537, 278,
    333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500,
    556, 556, 556, 556, 278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500,
  ],
  bold: [
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552, 400, 549, 333, 333, 333, 576, 556, 278,
    333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556,
    556, 556, 556, 556, 278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 611, 556,
  ],
};

const EXTRA_CHARS = '\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac';
const EXTRA: Record<FontStyle, readonly number[]> = { regular: [556, 1000, 222, 222, 333, 333, 1000, 556], bold: [556, 1000, 278, 278, 500, 500, 1000, 556] };

/** The advance width of one character, in thousandths of an em. */
export function charWidth(char: string, style: FontStyle = 'regular'): number {
  const code = char.codePointAt(0) ?? 32;
  if (code >= 32 && code < 127) return ASCII[style][code - 32]!;
  if (code >= 160 && code < 256) return LATIN1[style][code - 160]!;
  const extra = EXTRA_CHARS.indexOf(char);
  if (extra >= 0) return EXTRA[style][extra]!;
  return ASCII[style]['M'.charCodeAt(0) - 32]!;
}

/** The width of a text in points at `size` points. */
export function textWidth(text: string, size: number, style: FontStyle = 'regular'): number {
  let total = 0;
  for (const char of text) total += charWidth(char, style);
  return (total * size) / 1000;
}
