/**
 * DOM ranges over a turn's rendered text by turn offsets, and the hover highlight of a
 * segment. The highlight uses the CSS Custom Highlight API, so it paints over the text
 * without touching the editor's DOM (which Lexical owns).
 */

/** A DOM Range covering characters [start, end) of the text inside `root`. */
export function rangeOf(root: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    // A start at a node's very end belongs to the next node, or the range would begin on the line before.
    if (!started && (start < seen + length || (start === seen + length && start === end))) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

const HIGHLIGHT = 'segment-hover';

export function highlightRange(range: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT);
}
