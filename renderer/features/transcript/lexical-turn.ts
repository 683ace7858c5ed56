/**
 * The one place where a turn's Lexical state and plain data meet. A turn is one paragraph
 * of text; each coded segment is a @lexical/mark id over its characters, so overlapping
 * segments share mark nodes with several ids; a time mark is a text entity node. `$renderTurn` builds the paragraph from
 * text and spans; `$readTurn` reads text and spans back after the user typed.
 */
import { $createMarkNode, $isMarkNode } from '@lexical/mark';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalNode,
  type PointType,
} from 'lexical';
import type { Span } from '../../../shared/turn-edit.ts';
import { $createTimeMarkNode } from './time-mark-node.ts';
import { pieces } from './turn-pieces.ts';

export interface TurnContent {
  text: string;
  spans: Span[];
}

export function $renderTurn(text: string, spans: readonly Span[]): void {
  const root = $getRoot();
  root.clear();
  const paragraph = $createParagraphNode();
  root.append(paragraph);
  for (const { text: part, ids, mark } of pieces(text, spans)) {
    const node = mark === undefined ? $createTextNode(part) : $createTimeMarkNode(part);
    paragraph.append(ids.length === 0 ? node : $createMarkNode(ids).append(node));
  }
}

interface Layout {
  text: string;
  spans: Span[];
  /** Where each node's text starts in the turn. */
  starts: Map<string, number>;
}

function layout(): Layout {
  let text = '';
  const starts = new Map<string, number>();
  const ranges = new Map<string, Span>();
  const visit = (node: LexicalNode) => {
    starts.set(node.getKey(), text.length);
    if ($isTextNode(node)) {
      text += node.getTextContent();
      return;
    }
    const begin = text.length;
    if ($isElementNode(node)) node.getChildren().forEach(visit);
    else text += node.getTextContent();
    if ($isMarkNode(node)) {
      for (const id of node.getIDs()) {
        const known = ranges.get(id);
        ranges.set(id, { id, start: Math.min(known?.start ?? begin, begin), end: Math.max(known?.end ?? text.length, text.length) });
      }
    }
  };
  $getRoot().getChildren().forEach((child, index) => {
    if (index > 0) text += ' ';
    visit(child);
  });
  return { text, spans: [...ranges.values()].filter((s) => s.end > s.start), starts };
}

export function $readTurn(): TurnContent {
  const { text, spans } = layout();
  return { text, spans };
}

function offsetOf(point: PointType, starts: Map<string, number>): number {
  const node = point.getNode();
  const start = starts.get(node.getKey()) ?? 0;
  if (point.type === 'text') return start + point.offset;
  if ($isElementNode(node)) {
    return node
      .getChildren()
      .slice(0, point.offset)
      .reduce((sum, child) => sum + child.getTextContentSize(), start);
  }
  return start;
}

/** The selected span in turn offsets, or null when nothing (or no range) is selected. */
export function $selectedSpan(): { start: number; end: number; text: string } | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const { text, starts } = layout();
  const a = offsetOf(selection.anchor, starts);
  const b = offsetOf(selection.focus, starts);
  return { start: Math.min(a, b), end: Math.max(a, b), text: text.slice(Math.min(a, b), Math.max(a, b)) };
}

/** Places the caret at an offset of the turn (clamped to its text). */
export function $placeCaret(offset: number): void {
  const { starts, text } = layout();
  const target = Math.max(0, Math.min(offset, text.length));
  const paragraph = $getRoot().getFirstChild();
  if (!$isElementNode(paragraph)) return;
  const texts = paragraph.getAllTextNodes();
  for (const node of texts) {
    const start = starts.get(node.getKey()) ?? 0;
    if (target <= start + node.getTextContentSize()) {
      node.select(target - start, target - start);
      return;
    }
  }
  paragraph.selectEnd();
}
