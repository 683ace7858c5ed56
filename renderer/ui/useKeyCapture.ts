/**
 * Listens to key presses anywhere in the window before the focused element sees them
 * (also inside an editor). The handler returns true when it took the key; the key then
 * goes no further. The latest handler is always used, so callers need no dependency list.
 */
import { useEffect, useRef } from 'react';

export function useKeyCapture(handle: (event: KeyboardEvent) => boolean, enabled = true): void {
  const latest = useRef(handle);
  latest.current = handle;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!latest.current(event)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [enabled]);
}
