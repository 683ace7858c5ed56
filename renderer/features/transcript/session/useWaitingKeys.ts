/**
 * Keys pressed while the caret waits for a turn's editor (right after Enter, a speaker
 * hotkey or a click on another turn) go straight into the session, in order, instead of
 * into the editor that is going away or nowhere. Keys meant for a form field, and
 * shortcuts with Ctrl, Alt or Meta, pass untouched.
 */
import { useEffect } from 'react';
import type { SessionStore } from './session-store.ts';
import { keyWhileWaiting } from './waiting-keys.ts';
import { isFormField } from '../../../ui/form-field.ts';

/** A form field, or editable content other than a turn's text. */
function outsideTheTurns(target: EventTarget | null): boolean {
  return isFormField(target) || (target instanceof HTMLElement && target.isContentEditable && !target.classList.contains('turn-text'));
}

export function useWaitingKeys(store: SessionStore | null): void {
  useEffect(() => {
    if (!store) return;
    const onKey = (event: KeyboardEvent) => {
      if (store.focus().caret === null || event.isComposing || event.ctrlKey || event.metaKey || event.altKey || outsideTheTurns(event.target)) return;
      if (!keyWhileWaiting(store, event.key)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store]);
}
