/**
 * Gives the live editor the caret the session is holding for its turn: when it mounts
 * (after Enter, a click, an arrow key) and whenever the caret is sent here again (undo).
 * It runs in a layout effect, in the same task as the render, so no key can arrive
 * between the editor appearing and it taking the caret; keys that came earlier were
 * already applied to the turn's text, which the editor was created from. It comes after
 * the reload plugin, so a redrawn turn gets the caret in its new text.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useSyncExternalStore } from 'react';
import type { SessionStore } from '../session/session-store.ts';
import { $placeCaret } from '../lexical-turn.ts';

export function CaretPlugin({ store, turnId }: { store: SessionStore; turnId: string }) {
  const [editor] = useLexicalComposerContext();
  const focus = useSyncExternalStore(store.subscribe, () => store.focus());
  useLayoutEffect(() => {
    const root = editor.getRootElement();
    if (!root || focus.caret?.turnId !== turnId) return;
    const offset = store.takeCaret(turnId);
    if (offset === null) return;
    root.focus({ preventScroll: true });
    editor.update(() => $placeCaret(offset), { discrete: true });
  }, [editor, store, turnId, focus]);
  return null;
}
