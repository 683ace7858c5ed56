/**
 * Turn offsets from DOM positions: how many characters of a turn's text lie before a
 * point. The same count serves the live editor (whose DOM may be ahead of its state at
 * keydown) and a static turn clicked or selected with the mouse.
 */

export function offsetIn(root: Node, node: Node, offset: number): number {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** The collapsed caret's offset inside `root`, or null when the caret is elsewhere or text is selected. */
export function caretOffset(root: HTMLElement | null): number | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || !selection.isCollapsed || !selection.anchorNode || !root.contains(selection.anchorNode)) return null;
  return offsetIn(root, selection.anchorNode, selection.anchorOffset);
}

/** The selected text inside `root` as turn offsets, or null when the selection is collapsed or leaves it. */
export function selectedIn(root: HTMLElement): { start: number; end: number; text: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode || !root.contains(anchorNode) || !root.contains(focusNode)) return null;
  const a = offsetIn(root, anchorNode, selection.anchorOffset);
  const b = offsetIn(root, focusNode, selection.focusOffset);
  const start = Math.min(a, b);
  const end = Math.max(a, b);
  return { start, end, text: (root.textContent ?? '').slice(start, end) };
}

/** Clears a mouse selection over static turn text (once it has been coded, say). */
export function clearStaticSelection(): void {
  const selection = window.getSelection();
  const node = selection?.anchorNode;
  const element = node instanceof Element ? node : node?.parentElement;
  if (element?.closest('[data-turn-text]')) selection?.removeAllRanges();
}

/** The turn offset of the character under a point of the screen inside `root` (a right-click), or null off its text. */
export function offsetAtPoint(root: HTMLElement, x: number, y: number): number | null {
  const range = document.caretRangeFromPoint?.(x, y);
  if (!range || !root.contains(range.startContainer)) return null;
  return offsetIn(root, range.startContainer, range.startOffset);
}
