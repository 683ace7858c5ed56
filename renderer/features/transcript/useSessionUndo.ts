/**
 * Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) undo and redo the session's history from anywhere
 * on the session screen, the live editor included: typing, structural edits, coding,
 * imports and restored versions are all one history. In a form field the keys keep
 * their usual meaning there.
 */
import { useKeyCapture } from '../../ui/useKeyCapture.ts';
import type { SessionStore } from './session/session-store.ts';
import { isFormField } from '../../ui/form-field.ts';

export function useSessionUndo(store: SessionStore | null): void {
  useKeyCapture((event) => {
    if (!store || !(event.ctrlKey || event.metaKey) || event.altKey) return false;
    if (isFormField(event.target)) return false;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) return store.undo() || true;
    if ((key === 'z' && event.shiftKey) || key === 'y') return store.redo() || true;
    return false;
  });
}
