/**
 * Keys the live editor cannot take go straight into the session, in order:
 * - keys pressed while the caret waits for a turn's editor (right after Enter, a speaker
 *   hotkey or a click on another turn), instead of into the editor that is going away or
 *   nowhere; a key that types while nothing has the focus (after Esc) goes to the end of
 *   the last turn, or starts the first;
 * - typing, Backspace, Delete, Enter, cut and paste over a selection the editor does not
 *   hold (dragged across turns, or over a turn's static text), done as a word processor
 *   would; a selection whose end cannot be placed in a turn is refused visibly, never
 *   dropped without a word; Shift with an arrow key at the edge of the turn being edited
 *   selects on into the neighbouring turns.
 * Keys meant for a form field, and shortcuts with Ctrl, Alt or Meta, pass untouched.
 */
import { useEffect } from 'react';
import type { SessionStore } from './session-store.ts';
import { keyWhileWaiting } from './waiting-keys.ts';
import { asTurnText, editSelection, selectedText, selectionEditOf } from './selection-keys.ts';
import { isFormField } from '../../../ui/form-field.ts';
import { extendAcrossTurns, selectionOverTurns } from '../view/turn-selection.ts';

/** A form field, or editable content other than a turn's text. */
function outsideTheTurns(target: EventTarget | null): boolean {
  return isFormField(target) || (target instanceof HTMLElement && target.isContentEditable && !target.classList.contains('turn-text'));
}

export function useWaitingKeys(store: SessionStore | null, onRefused: () => void): void {
  useEffect(() => {
    if (!store) return;
    const selected = () => selectionOverTurns((turnId) => store.get(turnId)?.turn.text.length);
    /** Applies an edit to a selection the editor does not hold; whether it was one. */
    const overSelection = (event: Event, edit: { insert: string; split: boolean } | null, clipboard?: DataTransfer | null): boolean => {
      if (!edit) return false;
      const ends = selected();
      if (ends === null) return false;
      event.preventDefault();
      event.stopPropagation();
      if (ends === 'unplaced') return (onRefused(), true);
      if (clipboard) clipboard.setData('text/plain', selectedText(store, ends));
      window.getSelection()?.removeAllRanges();
      editSelection(store, ends, edit);
      return true;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || outsideTheTurns(event.target)) return;
      if (overSelection(event, selectionEditOf(event))) return;
      // Shift with an arrow at the edge of the turn being edited selects on into the next turns.
      const arrow = event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && /^Arrow(Left|Right|Up|Down)$/.test(event.key);
      if (arrow && extendAcrossTurns(event.key, store.order(), (turnId) => store.get(turnId)?.turn.text.length)) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // Nothing has the focus (after Esc, or on opening a session): a key that types goes to the end of the last turn, or starts the first.
      if (store.focus().caret === null && event.target === document.body && selectionEditOf(event) !== null) {
        const last = store.order().at(-1);
        if (last === undefined) store.addTurn(null, null, null);
        else store.activate(last, 'end');
      }
      if (store.focus().caret === null) return;
      if (!keyWhileWaiting(store, event.key)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const onCut = (event: ClipboardEvent) => void (outsideTheTurns(event.target) || overSelection(event, { insert: '', split: false }, event.clipboardData));
    const onPaste = (event: ClipboardEvent) => void (outsideTheTurns(event.target) || overSelection(event, { insert: asTurnText(event.clipboardData?.getData('text/plain') ?? ''), split: false }));
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('cut', onCut, true);
    window.addEventListener('paste', onPaste, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('cut', onCut, true);
      window.removeEventListener('paste', onPaste, true);
    };
  }, [store, onRefused]);
}

/**
 * In a tab that only watches the study (another tab edits it), a key that would change the
 * transcript is refused where the user sees it, instead of going nowhere.
 */
export function useRefusedKeys(watching: boolean, onRefused: () => void): void {
  useEffect(() => {
    if (!watching) return;
    const onKey = (event: KeyboardEvent) => {
      // A read-only turn takes no focus: a click in it leaves the caret there, and keys go to the page.
      const anchor = window.getSelection()?.anchorNode;
      const near = (node: unknown) => (node instanceof Element ? node : node instanceof Node ? node.parentElement : null)?.closest('.turn-scroller') != null;
      const inTranscript = near(event.target) || (!isFormField(event.target) && near(anchor));
      if (!inTranscript || event.isComposing || selectionEditOf(event) === null) return;
      event.preventDefault();
      onRefused();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [watching, onRefused]);
}
