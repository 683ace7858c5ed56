/**
 * A value kept in this device's localStorage under one key: read once and checked by
 * `parse` (anything stored that does not parse gives the default), written whole, and
 * watched by every component showing it through `useLocalValue`, in this tab and, through
 * the browser's storage event, in the app's other tabs. Preferences of a screen
 * (the export's choices per study) live here, not in the study.
 */
import { useCallback, useSyncExternalStore } from 'react';

export interface LocalValue<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: () => void): () => void;
}

const values = new Map<string, LocalValue<unknown>>();

export function localValue<T>(key: string, parse: (stored: unknown) => T): LocalValue<T> {
  const known = values.get(key);
  if (known) return known as LocalValue<T>;
  const listeners = new Set<() => void>();
  let current: T | undefined;
  const value: LocalValue<T> = {
    get() {
      if (current === undefined) {
        let stored: unknown;
        try {
          stored = JSON.parse(localStorage.getItem(key) ?? 'null');
        } catch {
          stored = null;
        }
        current = parse(stored);
      }
      return current;
    },
    set(next) {
      current = next;
      localStorage.setItem(key, JSON.stringify(next));
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  // Another tab wrote it: read it again.
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== key && event.key !== null) return;
      current = undefined;
      for (const l of listeners) l();
    });
  }
  values.set(key, value as LocalValue<unknown>);
  return value;
}

/** The value and a setter, re-rendering when it changes here or in another component. */
export function useLocalValue<T>(store: LocalValue<T>): [T, (value: T) => void] {
  const value = useSyncExternalStore(store.subscribe, store.get);
  const set = useCallback((next: T) => store.set(next), [store]);
  return [value, set];
}
