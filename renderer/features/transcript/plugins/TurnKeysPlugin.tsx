/**
 * Keyboard moves between and across turns: Enter splits the turn at the caret, Backspace
 * at its very start joins it to the previous turn, and ↑/↓ on the first/last line move
 * to the neighbouring turn. A pasted line break becomes a space, since a turn is one
 * paragraph.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_ENTER_COMMAND,
  LineBreakNode,
} from 'lexical';
import { useEffect } from 'react';

export interface TurnKeysProps {
  onSplit(offset: number): void;
  onJoinPrevious(): void;
  onMove(direction: -1 | 1): void;
}

/**
 * The caret's offset in the turn, read from the DOM selection. At keydown the DOM is
 * ahead of the editor state: a Home or click just before may not have reached it yet.
 */
function caretOffset(root: HTMLElement | null): number | null {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0 || !selection.isCollapsed || !selection.anchorNode || !root.contains(selection.anchorNode)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(selection.anchorNode, selection.anchorOffset);
  return before.toString().length;
}

/** Whether the caret sits on the first (or last) visual line of the editor. */
function caretOnEdgeLine(root: HTMLElement | null, edge: 'first' | 'last'): boolean {
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0) return true;
  const rects = selection.getRangeAt(0).getClientRects();
  const caret = rects[rects.length - 1] ?? selection.getRangeAt(0).getBoundingClientRect();
  if (caret.height === 0) return true;
  const box = root.getBoundingClientRect();
  const style = getComputedStyle(root);
  const line = parseFloat(style.lineHeight) || caret.height;
  return edge === 'first' ? caret.top - box.top - parseFloat(style.paddingTop || '0') < line * 0.75 : box.bottom - caret.bottom - parseFloat(style.paddingBottom || '0') < line * 0.75;
}

export function TurnKeysPlugin({ onSplit, onJoinPrevious, onMove }: TurnKeysProps) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          KEY_ENTER_COMMAND,
          (event) => {
            event?.preventDefault();
            const offset = caretOffset(editor.getRootElement());
            if (offset !== null) onSplit(offset);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_BACKSPACE_COMMAND,
          (event) => {
            if (caretOffset(editor.getRootElement()) !== 0) return false;
            event.preventDefault();
            onJoinPrevious();
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_ARROW_UP_COMMAND,
          (event) => {
            if (event.shiftKey || caretOffset(editor.getRootElement()) === null || !caretOnEdgeLine(editor.getRootElement(), 'first')) return false;
            event.preventDefault();
            onMove(-1);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          KEY_ARROW_DOWN_COMMAND,
          (event) => {
            if (event.shiftKey || caretOffset(editor.getRootElement()) === null || !caretOnEdgeLine(editor.getRootElement(), 'last')) return false;
            event.preventDefault();
            onMove(1);
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerNodeTransform(LineBreakNode, (node) => void node.replace($createTextNode(' '))),
      ),
    [editor, onSplit, onJoinPrevious, onMove],
  );
  return null;
}
