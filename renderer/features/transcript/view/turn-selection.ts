/**
 * The page's text selection in the session's terms: where it starts and ends as turn and
 * offset, when it is one the live editor cannot edit itself (it leaves the editor, crosses
 * turns or lies in a turn's static text). A mouse drag from one turn into another, or over
 * static text, is such a selection; typing, Backspace, Delete, Enter, cut and paste over it
 * are then done to the session (`SessionStore.replaceRange`), as a word processor would,
 * instead of being dropped by an editor that holds only one turn.
 */
import type { Caret } from '../session/turn-ops.ts';
import { offsetIn } from './dom-offset.ts';

export interface TurnSelection {
  anchor: Caret;
  focus: Caret;
}

const ROW = '.turn[data-turn-id]';

function elementOf(node: Node): Element | null {
  return node instanceof Element ? node : node.parentElement;
}

/** A DOM point as a turn and offset: inside a turn's text exactly, before it as 0, after it as its end. */
function turnPoint(node: Node, offset: number, lengthOf: (turnId: string) => number | undefined): Caret | null {
  let row = elementOf(node)?.closest<HTMLElement>(ROW) ?? null;
  let side: 'start' | 'end' | null = null;
  if (!row && node instanceof Element) {
    // Between rows (a point in the list itself): the row after it from its start, else the row before it to its end.
    const after = node.childNodes[offset];
    const before = node.childNodes[offset - 1];
    row = (after instanceof Element ? (after.matches(ROW) ? after : after.querySelector(ROW)) : null) as HTMLElement | null;
    side = 'start';
    if (!row && before instanceof Element) {
      const rows = before.matches(ROW) ? [before] : [...before.querySelectorAll(ROW)];
      row = (rows[rows.length - 1] as HTMLElement | undefined) ?? null;
      side = 'end';
    }
  }
  const turnId = row?.dataset.turnId;
  const length = turnId === undefined ? undefined : lengthOf(turnId);
  if (!row || turnId === undefined || length === undefined) return null;
  const root = row.querySelector('.turn-text');
  if (side === null && root?.contains(node)) return { turnId, offset: Math.min(length, offsetIn(root, node, offset)) };
  if (side === null) side = root && root.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING ? 'start' : 'end';
  return { turnId, offset: side === 'start' ? 0 : length };
}

/** The live editor's root holding `node`, if it is one. */
function liveRoot(node: Node | null): Element | null {
  const root = node ? elementOf(node)?.closest('.turn-text') : null;
  return root instanceof HTMLElement && root.isContentEditable ? root : null;
}

/**
 * The selection when the live editor cannot edit it itself; null when it is collapsed, lies
 * wholly inside the live editor (Lexical's own), or touches no turn at all. `unplaced` when it
 * touches the transcript but an end cannot be placed in a turn (a turn scrolled away).
 */
export function selectionOverTurns(lengthOf: (turnId: string) => number | undefined): TurnSelection | 'unplaced' | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const { anchorNode, focusNode } = selection;
  if (!anchorNode || !focusNode) return null;
  const inList = [anchorNode, focusNode].some((node) => elementOf(node)?.closest('.turn-scroller'));
  if (!inList) return null;
  const live = liveRoot(anchorNode);
  if (live && live === liveRoot(focusNode)) return null;
  const anchor = turnPoint(anchorNode, selection.anchorOffset, lengthOf);
  const focus = turnPoint(focusNode, selection.focusOffset, lengthOf);
  if (!anchor || !focus) return 'unplaced';
  return { anchor, focus };
}

/** The DOM point of a turn offset inside a turn's text (its live editor or its static text). */
function domPoint(root: Element, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let rest = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (rest <= node.data.length) return { node, offset: rest };
    rest -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: root, offset: 0 };
}

/** The text element of the turn row `turnId`, if it is on the page. */
function textOf(turnId: string): Element | null {
  return document.querySelector(`.turn[data-turn-id="${CSS.escape(turnId)}"] .turn-text`);
}

/**
 * Shift with an arrow key, where the browser would stop at the edge of the turn being
 * edited: the selection's end moves on, a character (→ ←) or a line (↓ ↑) at a time, into
 * the neighbouring turns, as a word processor selects across paragraphs. Returns whether
 * it moved the selection (the key is then done).
 */
export function extendAcrossTurns(key: string, order: readonly string[], lengthOf: (turnId: string) => number | undefined): boolean {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return false;
  const focus = turnPoint(selection.focusNode, selection.focusOffset, lengthOf);
  const anchorLive = liveRoot(selection.anchorNode);
  if (!focus || !anchorLive) return false;
  const crossing = liveRoot(selection.focusNode) !== anchorLive;
  const length = lengthOf(focus.turnId) ?? 0;
  const index = order.indexOf(focus.turnId);
  const forward = key === 'ArrowRight' || key === 'ArrowDown';
  const atEdge = forward ? focus.offset >= length : focus.offset <= 0;
  if (!crossing && !atEdge) return false;
  let target: Caret | null = null;
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    if (!atEdge) target = { turnId: focus.turnId, offset: focus.offset + (forward ? 1 : -1) };
    else {
      const next = order[index + (forward ? 1 : -1)];
      target = next === undefined ? null : { turnId: next, offset: forward ? 0 : (lengthOf(next) ?? 0) };
    }
  } else {
    // A line down or up: the character under the caret a line below or above, or the neighbouring turn's edge.
    const range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    const rect = range.getClientRects()[0] ?? (selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode.parentElement)?.getBoundingClientRect();
    const line = rect ? rect.height || 20 : 20;
    const point = rect ? document.caretRangeFromPoint?.(rect.left, forward ? rect.bottom + line / 2 : rect.top - line / 2) : null;
    const placed = point ? turnPoint(point.startContainer, point.startOffset, lengthOf) : null;
    const moved = placed && (placed.turnId !== focus.turnId || placed.offset !== focus.offset) ? placed : null;
    const next = order[index + (forward ? 1 : -1)];
    target = moved ?? (next === undefined ? null : { turnId: next, offset: forward ? 0 : (lengthOf(next) ?? 0) });
  }
  if (!target) return true;
  const root = textOf(target.turnId);
  if (!root) return true;
  const point = domPoint(root, target.offset);
  selection.setBaseAndExtent(selection.anchorNode, selection.anchorOffset, point.node, point.offset);
  (point.node instanceof Element ? point.node : point.node.parentElement)?.scrollIntoView({ block: 'nearest' });
  return true;
}
