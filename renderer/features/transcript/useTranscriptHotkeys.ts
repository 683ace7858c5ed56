/**
 * Listens for the transcription hotkeys anywhere on the session screen, also while the
 * caret is in a turn: a key bound to an action runs it and goes no further, so the editor
 * never sees it. Other keys pass untouched.
 */
import { useEffect, useRef } from 'react';
import { actionFor, type HotkeyAction, type Keymap } from '../../../shared/hotkeys.ts';

export function useTranscriptHotkeys(keymap: Keymap, run: (action: HotkeyAction) => void, enabled = true): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.isComposing || event.repeat) return;
      const action = actionFor(keymap, event);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(action);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [keymap, enabled]);
}
