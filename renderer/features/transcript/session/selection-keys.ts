/**
 * What a key, a cut or a paste does to a selection the live editor cannot edit itself
 * (dragged from one turn into another, or over a turn's static text): it is done to the
 * session as a word processor would do it. A typed character or pasted text replaces the
 * selection, Backspace and Delete remove it, Enter removes it and splits the turn there;
 * the turns between its ends go. Other keys (arrows, shortcuts) pass on.
 */
import type { SessionStore } from './session-store.ts';
import { inTranscriptOrder, type Caret } from './turn-ops.ts';

export interface SelectionEnds {
  anchor: Caret;
  focus: Caret;
}

/** What a key does to a selection: text to put in its place, a split after removing it, or nothing (null). */
export function selectionEditOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): { insert: string; split: boolean } | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if ([...event.key].length === 1) return { insert: event.key, split: false };
  if (event.key === 'Backspace' || event.key === 'Delete') return { insert: '', split: false };
  if (event.key === 'Enter') return { insert: '', split: true };
  return null;
}

/** Pasted text as a turn holds it: one paragraph, its line breaks made spaces. */
export const asTurnText = (pasted: string) => pasted.replace(/\s*[\r\n]+\s*/g, ' ');

/** The selected text as the session holds it, a line for each turn it touches (what a cut puts on the clipboard). */
export function selectedText(store: SessionStore, { anchor, focus }: SelectionEnds): string {
  const order = store.order();
  const [start, end] = inTranscriptOrder(order, anchor, focus);
  const ids = order.slice(order.indexOf(start.turnId), order.indexOf(end.turnId) + 1);
  return ids
    .map((id) => {
      const text = store.get(id)?.turn.text ?? '';
      return text.slice(id === start.turnId ? start.offset : 0, id === end.turnId ? end.offset : text.length);
    })
    .join('\n');
}

/** Replaces the selection by `insert` (and splits there when asked), as one change the history can undo. */
export function editSelection(store: SessionStore, ends: SelectionEnds, edit: { insert: string; split: boolean }): boolean {
  if (!store.replaceRange(ends.anchor, ends.focus, edit.insert)) return false;
  const caret = store.focus().caret;
  if (edit.split && caret) store.split(caret.turnId, caret.offset);
  return true;
}
