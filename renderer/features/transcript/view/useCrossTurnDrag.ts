/**
 * A mouse drag that starts in the turn being edited and goes on into other turns selects
 * across them, as in a word processor. The browser keeps a drag that starts inside an
 * editable element to that element (and selects something odd there), so while the pointer
 * is over another turn the selection is set from where the drag started to the character
 * under the pointer, after the browser's own update of each move. Typing over it is then
 * done to the session (`useWaitingKeys`).
 */
import { useEffect } from 'react';

function liveRootAt(target: EventTarget | null): HTMLElement | null {
  const root = target instanceof Node ? (target instanceof Element ? target : target.parentElement)?.closest<HTMLElement>('.turn-text') : null;
  return root?.isContentEditable ? root : null;
}

export function useCrossTurnDrag(scroller: HTMLElement | null): void {
  useEffect(() => {
    if (!scroller) return;
    let drag: { root: HTMLElement; anchor: { node: Node; offset: number } | null; x: number; y: number; frame: number } | null = null;
    const extend = () => {
      if (!drag) return;
      drag.frame = 0;
      const selection = window.getSelection();
      if (!selection) return;
      // Where the drag started: the browser's anchor in the editor, kept from the first move.
      if (!drag.anchor && selection.anchorNode && drag.root.contains(selection.anchorNode)) drag.anchor = { node: selection.anchorNode, offset: selection.anchorOffset };
      const box = drag.root.getBoundingClientRect();
      if (!drag.anchor || (drag.y >= box.top && drag.y <= box.bottom)) return;
      const point = document.caretRangeFromPoint?.(drag.x, drag.y);
      const into = point?.startContainer;
      const row = into && (into instanceof Element ? into : into.parentElement)?.closest('.turn[data-turn-id]');
      if (!point || !into || !row || !scroller.contains(row) || drag.root.contains(into)) return;
      if (selection.focusNode === into && selection.focusOffset === point.startOffset && selection.anchorNode === drag.anchor.node) return;
      selection.setBaseAndExtent(drag.anchor.node, drag.anchor.offset, into, point.startOffset);
    };
    const later = () => {
      if (drag && drag.frame === 0) drag.frame = requestAnimationFrame(extend);
    };
    const onDown = (event: MouseEvent) => {
      const root = event.button === 0 && !event.shiftKey ? liveRootAt(event.target) : null;
      drag = root ? { root, anchor: null, x: event.clientX, y: event.clientY, frame: 0 } : null;
    };
    const onMove = (event: MouseEvent) => {
      if (!drag) return;
      if ((event.buttons & 1) === 0) return void (drag = null);
      drag.x = event.clientX;
      drag.y = event.clientY;
      later();
    };
    const onUp = (event: MouseEvent) => {
      if (!drag) return;
      drag.x = event.clientX;
      drag.y = event.clientY;
      const done = drag;
      // The browser settles the selection on release too; the drag's own end is set after it.
      requestAnimationFrame(() => {
        drag = done;
        extend();
        drag = null;
      });
    };
    scroller.addEventListener('mousedown', onDown, true);
    window.addEventListener('mousemove', onMove, true);
    window.addEventListener('mouseup', onUp, true);
    return () => {
      scroller.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('mousemove', onMove, true);
      window.removeEventListener('mouseup', onUp, true);
      if (drag?.frame) cancelAnimationFrame(drag.frame);
    };
  }, [scroller]);
}
