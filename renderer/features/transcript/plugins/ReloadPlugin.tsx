/**
 * Redraws the live editor when its turn changed from outside the editor (coding, undo,
 * replace-all, a span moved): the session gives such turns a new revision. Typing keeps
 * the revision, so the editor never redraws under the typist's fingers.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, type RefObject } from 'react';
import type { TurnState } from '../session/turn-ops.ts';
import { $placeCaret, $renderTurn, $selectedSpan } from '../turn-state.ts';

export const RELOAD_TAG = 'turn-reload';

export function ReloadPlugin({ state, shown, rev }: { state: TurnState; shown: TurnState['segments']; rev: RefObject<number> }) {
  const [editor] = useLexicalComposerContext();
  useLayoutEffect(() => {
    if (state.turn.rev === rev.current) return;
    rev.current = state.turn.rev;
    const hadFocus = editor.getRootElement()?.contains(document.activeElement) ?? false;
    editor.update(
      () => {
        const caret = $selectedSpan()?.end ?? null;
        $renderTurn(state.turn.text, shown);
        if (hadFocus && caret !== null) $placeCaret(caret);
      },
      { discrete: true, tag: RELOAD_TAG },
    );
  }, [editor, state, shown, rev]);
  return null;
}
