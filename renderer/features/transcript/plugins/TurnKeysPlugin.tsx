/**
 * Keyboard moves between and across turns: Enter splits the turn at the caret, Backspace
 * at its very start joins it to the previous turn, Delete at its end joins the next one,
 * ↑/↓ on the first/last line and ←/→ at its start/end move to the neighbouring turn. Each hands the session
 * the editor's latest text first, so the structural change starts from exactly what was
 * typed. A pasted line break becomes a space, since a turn is one paragraph.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createTextNode,
  COMMAND_PRIORITY_HIGH,
  KEY_ARROW_DOWN_COMMAND,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_ARROW_UP_COMMAND,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  LineBreakNode,
} from 'lexical';
import { useEffect } from 'react';
import { $readTurn, type TurnContent } from '../lexical-turn.ts';
import { caretOffset } from '../view/dom-offset.ts';

export interface TurnKeysProps {
  onSplit(content: TurnContent, offset: number): void;
  onJoinPrevious(content: TurnContent): void;
  onJoinNext(content: TurnContent): void;
  onMove(direction: -1 | 1): void;
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

export function TurnKeysPlugin({ onSplit, onJoinPrevious, onJoinNext, onMove }: TurnKeysProps) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // The caret is read from the DOM: at keydown it is ahead of the editor state (a Home or a click just before).
    const caret = () => caretOffset(editor.getRootElement());
    const arrow = (direction: -1 | 1) => (event: KeyboardEvent) => {
      if (event.shiftKey || caret() === null || !caretOnEdgeLine(editor.getRootElement(), direction < 0 ? 'first' : 'last')) return false;
      event.preventDefault();
      onMove(direction);
      return true;
    };
    const edge = (direction: -1 | 1) => (event: KeyboardEvent) => {
      const at = caret();
      const end = direction < 0 ? 0 : editor.getEditorState().read(() => $readTurn().text.length);
      if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || at !== end) return false;
      event.preventDefault();
      onMove(direction);
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          event?.preventDefault();
          const offset = caret();
          if (offset !== null) onSplit($readTurn(), offset);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_BACKSPACE_COMMAND,
        (event) => {
          if (caret() !== 0) return false;
          event.preventDefault();
          onJoinPrevious($readTurn());
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        KEY_DELETE_COMMAND,
        (event) => {
          const content = $readTurn();
          if (caret() !== content.text.length) return false;
          event.preventDefault();
          onJoinNext(content);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(KEY_ARROW_UP_COMMAND, arrow(-1), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_DOWN_COMMAND, arrow(1), COMMAND_PRIORITY_HIGH),
      // ← at a turn's start and → at its end go on into the turn before or after, as in a word processor.
      editor.registerCommand(KEY_ARROW_LEFT_COMMAND, edge(-1), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(KEY_ARROW_RIGHT_COMMAND, edge(1), COMMAND_PRIORITY_HIGH),
      editor.registerNodeTransform(LineBreakNode, (node) => void node.replace($createTextNode(' '))),
    );
  }, [editor, onSplit, onJoinPrevious, onJoinNext, onMove]);
  return null;
}
