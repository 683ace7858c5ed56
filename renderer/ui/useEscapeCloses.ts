/**
 * Esc anywhere inside a bar or list closes it, and goes no further: the transcript's Esc
 * (play/pause) waits outside. The element is marked `data-escape-closes` while it listens,
 * so the hotkeys leave that Esc alone. `close` null: Esc is not this element's.
 */
import { useEffect, type RefObject } from 'react';

export function useEscapeCloses(element: RefObject<HTMLElement | null>, close: (() => void) | null): void {
  useEffect(() => {
    const target = element.current;
    if (!target || !close) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    target.dataset.escapeCloses = '';
    target.addEventListener('keydown', onKeyDown);
    return () => {
      target.removeEventListener('keydown', onKeyDown);
      delete target.dataset.escapeCloses;
    };
  }, [element, close]);
}
