/**
 * Reports the turn's text and segment spans whenever the user changes them, so the
 * session has them at once. Updates that only move the selection, and redraws of the
 * turn from the session itself, are not reported.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $readTurn, type TurnContent } from '../lexical-turn.ts';
import { RELOAD_TAG } from './ReloadPlugin.tsx';

export function TurnSyncPlugin({ onChange }: { onChange(content: TurnContent): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (prevEditorState.isEmpty() || tags.has(RELOAD_TAG)) return;
        onChange(editorState.read($readTurn));
      }),
    [editor, onChange],
  );
  return null;
}
