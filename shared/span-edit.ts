/**
 * Extending and shrinking a coded segment word by word, as a coder does when a quote
 * was cut one word short: the start or the end moves to the next word boundary. A span
 * never becomes empty and never leaves its turn.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const space = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** Move one edge of the span by a word: `-1` to the left, `+1` to the right. */
export function stepSpan(text: string, span: TextSpan, edge: 'start' | 'end', direction: -1 | 1): TextSpan {
  let i = edge === 'start' ? span.start : span.end;
  if (direction < 0) {
    while (i > 0 && space(text[i - 1])) i--;
    while (i > 0 && !space(text[i - 1])) i--;
    if (edge === 'end') while (i > 0 && space(text[i - 1])) i--;
  } else {
    while (i < text.length && space(text[i])) i++;
    while (i < text.length && !space(text[i])) i++;
    if (edge === 'start') while (i < text.length && space(text[i])) i++;
  }
  const next = edge === 'start' ? { start: i, end: span.end } : { start: span.start, end: i };
  return next.start < next.end ? next : span;
}

/** A span taken from a selection, without the spaces a drag often picks up at its ends. */
export function trimSpan(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && space(text[start])) start++;
  while (end > start && space(text[end - 1])) end--;
  return { start, end };
}
