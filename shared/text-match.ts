/**
 * Finding a quoted statement inside a turn while ignoring differences in white space
 * (line breaks, double spaces), as happens when quotes are copied between files.
 */

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The span [start, end) of `needle` in `haystack`, white space folded, or null. */
export function findLoosely(haystack: string, needle: string): { start: number; end: number } | null {
  const target = collapseSpaces(needle);
  if (target === '') return null;
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < haystack.length; i++) {
    const ch = haystack[i] ?? '';
    if (/\s/.test(ch)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      folded += ch;
      origin.push(i);
      inSpace = false;
    }
  }
  const at = folded.indexOf(target);
  if (at < 0) return null;
  return { start: origin[at] ?? 0, end: (origin[at + target.length - 1] ?? 0) + 1 };
}
