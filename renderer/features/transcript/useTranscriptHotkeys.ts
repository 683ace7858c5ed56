/**
 * Listens for the transcription hotkeys anywhere on the session screen, also while the
 * caret is in a turn: a key bound to an action runs it and goes no further, so the editor
 * never sees it. Other keys pass untouched, and so does Esc inside a bar or list that Esc
 * closes (marked `data-escape-closes`). Keys typed in a dialog are the dialog's.
 */
import { actionFor, type HotkeyAction, type Keymap } from '../../../shared/hotkeys.ts';
import { useKeyCapture } from '../../ui/useKeyCapture.ts';

export function useTranscriptHotkeys(keymap: Keymap, run: (action: HotkeyAction) => void, enabled = true): void {
  useKeyCapture((event) => {
    if (event.isComposing || event.repeat) return false;
    if (event.target instanceof Element && event.target.closest('dialog[open]')) return false;
    if (event.key === 'Escape' && event.target instanceof Element && event.target.closest('[data-escape-closes]')) return false;
    const action = actionFor(keymap, event);
    if (action) run(action);
    return action !== undefined;
  }, enabled);
}
