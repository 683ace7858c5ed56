/**
 * Text positions in REFI-QDA files. The standard counts Unicode code points from 0, end
 * exclusive; NVivo counts UTF-16 units over the raw text with CRLF as two; ATLAS.ti and
 * MAXQDA count a CRLF line break as one. JavaScript strings index UTF-16 units, so every
 * position is converted to and from that, once per source, in one pass.
 */

export type Counting = 'code-points' | 'utf16' | 'code-points-crlf-as-one';

/** How a project's producer counts, from its `origin` (see ../shared/formats/NOTES.md §5). */
export function countingOf(origin: string): Counting {
  if (/nvivo/i.test(origin)) return 'utf16';
  if (/atlas|maxqda/i.test(origin)) return 'code-points-crlf-as-one';
  return 'code-points';
}

/** For each position in the producer's counting, the UTF-16 index in `text` (one more entry than positions). */
export function positionTable(text: string, counting: Counting): Uint32Array | null {
  if (counting === 'utf16') return null;
  const table: number[] = [];
  for (let i = 0; i < text.length; ) {
    table.push(i);
    const code = text.charCodeAt(i);
    if (counting === 'code-points-crlf-as-one' && code === 13 && text.charCodeAt(i + 1) === 10) i += 2;
    else i += code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  table.push(text.length);
  return Uint32Array.from(table);
}

/** The UTF-16 index of a producer's position, or null when it lies outside the text. */
export function toIndex(table: Uint32Array | null, text: string, position: number): number | null {
  if (!Number.isInteger(position) || position < 0) return null;
  if (table === null) return position <= text.length ? position : null;
  return position < table.length ? table[position]! : null;
}

/** Code-point positions of UTF-16 indices, for writing (the standard's counting). */
export function codePointsBefore(text: string): (index: number) => number {
  const before = new Uint32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = n;
    const code = text.charCodeAt(i);
    if (!(code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) n++;
  }
  before[text.length] = n;
  return (index) => before[index]!;
}
