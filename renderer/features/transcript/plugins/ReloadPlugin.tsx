/**
 * Redraws the live editor when its turn changed from outside the editor (coding, undo,
 * replace-all, a span moved, a teammate's typing in a shared session): the session gives
 * such turns a new revision. Typing keeps the revision, so the editor never redraws (nor
 * re-renders) under the typist's fingers. The caret keeps its place in the words: text
 * changed before it moves it along.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLayoutEffect, useSyncExternalStore, type RefObject } from 'react';
import type { SegmentRow } from '../../../db/schema.ts';
import type { SessionStore } from '../session/session-store.ts';
import { offsetAfterChange } from '../../../../shared/turn-edit.ts';
import { $placeCaret, $readTurn, $renderTurn, $selectedSpan } from '../lexical-turn.ts';

export const RELOAD_TAG = 'turn-reload';

interface Props {
  store: SessionStore;
  turnId: string;
  isShown(segment: SegmentRow): boolean;
  /** The revision the editor shows; updated here when it redraws. */
  rev: RefObject<number>;
}

export function ReloadPlugin({ store, turnId, isShown, rev }: Props) {
  const [editor] = useLexicalComposerContext();
  const current = useSyncExternalStore(store.subscribe, () => store.get(turnId)?.turn.rev ?? -1);
  useLayoutEffect(() => {
    const state = store.get(turnId);
    if (!state || state.turn.rev === rev.current) return;
    rev.current = state.turn.rev;
    const hadFocus = editor.getRootElement()?.contains(document.activeElement) ?? false;
    editor.update(
      () => {
        const caret = $selectedSpan()?.end ?? null;
        const shown = $readTurn().text;
        $renderTurn(state.turn.text, state.segments.filter(isShown));
        if (hadFocus && caret !== null) $placeCaret(offsetAfterChange(shown, state.turn.text, caret));
      },
      { discrete: true, tag: RELOAD_TAG },
    );
  }, [editor, store, turnId, isShown, rev, current]);
  return null;
}
