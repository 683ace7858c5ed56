/**
 * Keeps the live editor's time marks as entities while the user types: text that comes to
 * read as a time (typed, pasted or inserted by the time hotkey) becomes a mark, and a mark
 * edited into something else becomes plain text again. A click on a mark (or Ctrl+click
 * on a draft's word) plays the recording from its time (play-clicked.ts).
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalTextEntity } from '@lexical/react/useLexicalTextEntity';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type TextNode } from 'lexical';
import { useCallback, useEffect } from 'react';
import { firstTimeMark } from '../../../../shared/time-marks.ts';
import { $createTimeMarkNode, TimeMarkNode } from '../time-mark-node.ts';
import { playClicked, type ClickPlay } from '../view/play-clicked.ts';

export function TimeMarkPlugin({ play }: { play?: ClickPlay }) {
  const [editor] = useLexicalComposerContext();
  const create = useCallback((node: TextNode) => $createTimeMarkNode(node.getTextContent()), []);
  useLexicalTextEntity(firstTimeMark, TimeMarkNode, create);
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          playClicked(event, editor.getRootElement(), play);
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, play],
  );
  return null;
}
