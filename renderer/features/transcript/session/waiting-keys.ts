/**
 * What a key does while the caret waits for a turn's editor (between Enter and the new
 * turn's editor, say): applied to the session at once, in order, as the editor would
 * have applied it, so nothing typed in that moment is lost or lands in the wrong turn.
 * Returns whether the key was taken; keys it does not know pass on.
 */
import type { SessionStore } from './session-store.ts';

export function keyWhileWaiting(store: SessionStore, key: string): boolean {
  const caret = store.focus().caret;
  const state = caret && store.get(caret.turnId);
  if (!caret || !state || store.readOnly) return false;
  const { turnId, offset } = caret;
  const length = state.turn.text.length;
  const order = store.order();
  const index = order.indexOf(turnId);
  if ([...key].length === 1) return store.splice(turnId, offset, 0, key);
  switch (key) {
    case 'Enter':
      return store.split(turnId, offset);
    case 'Backspace':
      return offset === 0 ? store.joinWithPrevious(turnId) || true : store.splice(turnId, offset - 1, 1, '');
    case 'Delete':
      return offset >= length ? store.joinNext(turnId) || true : store.splice(turnId, offset, 1, '');
    case 'ArrowLeft':
      return store.moveCaret({ turnId, offset: Math.max(0, offset - 1) });
    case 'ArrowRight':
      return store.moveCaret({ turnId, offset: Math.min(length, offset + 1) });
    case 'Home':
      return store.moveCaret({ turnId, offset: 0 });
    case 'End':
      return store.moveCaret({ turnId, offset: length });
    case 'ArrowUp': {
      const previous = order[index - 1];
      return previous === undefined || store.moveCaret({ turnId: previous, offset: store.get(previous)!.turn.text.length });
    }
    case 'ArrowDown': {
      const next = order[index + 1];
      return next === undefined || store.moveCaret({ turnId: next, offset: 0 });
    }
    default:
      return false;
  }
}
