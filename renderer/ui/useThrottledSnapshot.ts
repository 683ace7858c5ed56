/**
 * An external store's value as a component shows it: read when the store changes, but
 * handed to React at most once every `ms` (and always ending on the latest), so a value
 * that changes with every key redraws its component a few times a second at most.
 * `subscribe` and `read` are kept stable by the caller (useCallback).
 */
import { useEffect, useState } from 'react';

export function useThrottledSnapshot<T>(subscribe: (listener: () => void) => () => void, read: () => T, ms: number): T {
  const [value, setValue] = useState(read);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const publish = () => {
      timer = null;
      last = Date.now();
      setValue(read);
    };
    publish();
    const unsubscribe = subscribe(() => {
      if (timer !== null) return;
      timer = setTimeout(publish, Math.max(0, last + ms - Date.now()));
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [subscribe, read, ms]);
  return value;
}
