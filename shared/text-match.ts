/**
 * Finding a quoted statement inside a turn while ignoring differences in white space
 * (line breaks, double spaces), as happens when quotes are copied between files.
 */

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A text with each run of white space folded to one space, and where each folded character came from. */
export interface FoldedText {
  folded: string;
  origin: number[];
}

export function foldSpaces(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const space = /\s/.test(ch);
    if (!space || !inSpace) {
      folded += space ? ' ' : ch;
      origin.push(i);
    }
    inSpace = space;
  }
  return { folded, origin };
}

/** The span [start, end) of `needle` in the folded text, white space folded, or null. */
export function findInFolded(haystack: FoldedText, needle: string): { start: number; end: number } | null {
  const target = collapseSpaces(needle);
  if (target === '') return null;
  const at = haystack.folded.indexOf(target);
  if (at < 0) return null;
  return { start: haystack.origin[at] ?? 0, end: (haystack.origin[at + target.length - 1] ?? 0) + 1 };
}
