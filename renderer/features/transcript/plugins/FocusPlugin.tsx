/**
 * Puts the caret into this turn when the transcript asks for it: after a split or join,
 * or when the user moves here with the arrow keys.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { $placeCaret } from '../turn-state.ts';

export interface FocusRequest {
  turnId: string;
  at: number | 'start' | 'end';
  /** A new token for every request, so asking twice for the same place works. */
  token: number;
  /** The turn revision the caret belongs in: an older editor of the turn must not take it. */
  rev?: number;
}

export function FocusPlugin({ request, onDone }: { request: FocusRequest | null; onDone(token: number): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    if (!request) return;
    editor.focus(() => {
      editor.update(() => {
        const size = $getRoot().getTextContentSize();
        $placeCaret(request.at === 'start' ? 0 : request.at === 'end' ? size : request.at);
      });
      onDone(request.token);
    });
  }, [editor, request, onDone]);
  return null;
}
