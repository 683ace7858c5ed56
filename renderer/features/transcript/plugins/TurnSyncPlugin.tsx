/**
 * Reports the turn's text and segment spans whenever the user changes them, so they can
 * be stored. Updates that only move the selection are ignored.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $readTurn, type TurnContent } from '../turn-state.ts';

export function TurnSyncPlugin({ onChange }: { onChange(content: TurnContent): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty()) return;
        onChange(editorState.read($readTurn));
      }),
    [editor, onChange],
  );
  return null;
}
