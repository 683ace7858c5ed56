/**
 * Find and replace in transcript text, with or without matching case. Replacing returns
 * how old offsets move, so coded segments keep covering the same words.
 */

export interface Match {
  start: number;
  end: number;
}

export function findMatches(text: string, query: string, matchCase: boolean): Match[] {
  if (query === '') return [];
  const hay = matchCase ? text : text.toLocaleLowerCase('id');
  const needle = matchCase ? query : query.toLocaleLowerCase('id');
  // Lower-casing can change a string's length for a few scripts; then fall back to exact case.
  const [h, n] = hay.length === text.length && needle.length === query.length ? [hay, needle] : [text, query];
  const matches: Match[] = [];
  for (let at = h.indexOf(n); at >= 0; at = h.indexOf(n, at + n.length)) matches.push({ start: at, end: at + n.length });
  return matches;
}

export interface Replaced {
  text: string;
  count: number;
  /** Where an offset of the old text lies in the new one; offsets inside a replaced match move to its start or end. */
  mapOffset(offset: number, side: 'start' | 'end'): number;
}

export function replaceAll(text: string, query: string, replacement: string, matchCase: boolean): Replaced {
  const matches = findMatches(text, query, matchCase);
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += text.slice(last, m.start) + replacement;
    last = m.end;
  }
  out += text.slice(last);
  const delta = replacement.length - query.length;
  return {
    text: out,
    count: matches.length,
    mapOffset(offset, side) {
      let shift = 0;
      for (const m of matches) {
        if (offset <= m.start) break;
        if (offset < m.end) return m.start + shift + (side === 'end' ? replacement.length : 0);
        shift += delta;
      }
      return offset + shift;
    },
  };
}
