/**
 * Reordering a list by dragging its items with the mouse: items marked `data-drag-id` and
 * `draggable` are dragged onto one another, and `onPlace(id, target)` puts the dragged
 * item where the target is. The list listens for its items (one set of listeners, however
 * long it is); a list reordered this way also offers buttons for the keyboard.
 */
import { useEffect, useRef, useState } from 'react';

export interface DragOrder {
  /** The item being dragged, and the item it is over. */
  dragged: string | null;
  over: string | null;
}

/** `root`: the list element (from a callback ref, so the listeners follow it when it appears or changes). */
export function useDragOrder(root: HTMLElement | null, type: string, onPlace: (id: string, target: string) => void): DragOrder {
  const [state, setState] = useState<DragOrder>({ dragged: null, over: null });
  const place = useRef(onPlace);
  place.current = onPlace;
  useEffect(() => {
    if (!root) return;
    const itemOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>('[data-drag-id]') : null);
    const start = (event: DragEvent) => {
      const item = itemOf(event);
      if (!item || !event.dataTransfer) return;
      event.dataTransfer.setData(type, item.dataset.dragId!);
      event.dataTransfer.effectAllowed = 'move';
      setState({ dragged: item.dataset.dragId!, over: null });
    };
    const over = (event: DragEvent) => {
      const item = itemOf(event);
      if (!item || !event.dataTransfer?.types.includes(type)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      const id = item.dataset.dragId!;
      setState((s) => (s.over === id ? s : { ...s, over: id }));
    };
    const drop = (event: DragEvent) => {
      const item = itemOf(event);
      const id = event.dataTransfer?.getData(type);
      if (!item || !id) return;
      event.preventDefault();
      place.current(id, item.dataset.dragId!);
      setState({ dragged: null, over: null });
    };
    const end = () => setState({ dragged: null, over: null });
    root.addEventListener('dragstart', start);
    root.addEventListener('dragover', over);
    root.addEventListener('drop', drop);
    root.addEventListener('dragend', end);
    return () => {
      root.removeEventListener('dragstart', start);
      root.removeEventListener('dragover', over);
      root.removeEventListener('drop', drop);
      root.removeEventListener('dragend', end);
    };
  }, [root, type]);
  return state;
}
