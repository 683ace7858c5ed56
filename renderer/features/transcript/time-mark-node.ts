/**
 * An inline time mark in the live editor: a text entity (as hashtags are in Lexical) over
 * text that reads as a time, which the transcript shows as a link to that moment of the
 * recording. It is text like any other, so the turn's text and offsets stay what they are.
 */
import { $applyNodeReplacement, addClassNamesToElement, TextNode, type EditorConfig, type LexicalNode } from 'lexical';

export const TIME_MARK_CLASS = 'time-mark';

export class TimeMarkNode extends TextNode {
  override $config() {
    return this.config('time-mark', { extends: TextNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = super.createDOM(config);
    addClassNamesToElement(element, TIME_MARK_CLASS);
    return element;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }

  override isTextEntity(): true {
    return true;
  }
}

export function $createTimeMarkNode(text = ''): TimeMarkNode {
  return $applyNodeReplacement(new TimeMarkNode(text));
}

export function $isTimeMarkNode(node: LexicalNode | null | undefined): node is TimeMarkNode {
  return node instanceof TimeMarkNode;
}

