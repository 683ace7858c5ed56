/** Small readers of an open session for the screen around the transcript, each redrawing only when its part changes. */
import { useMemo, useSyncExternalStore } from 'react';
import type { SessionStats, SessionStore } from './session-store.ts';

const EMPTY: SessionStats = { words: 0, canUndo: false, canRedo: false };
const NONE: readonly string[] = [];
const noop = () => () => {};

export function useSessionStats(store: SessionStore | null): SessionStats {
  return useSyncExternalStore(store?.subscribe ?? noop, () => store?.stats() ?? EMPTY);
}

export function useTurnCount(store: SessionStore | null): number {
  return useSyncExternalStore(store?.subscribe ?? noop, () => store?.order().length ?? 0);
}

/** The coders of the session's segments, as segments carrying only their coder. */
export function useSessionCoders(store: SessionStore | null): { coder: string }[] {
  const names = useSyncExternalStore(store?.subscribe ?? noop, () => store?.coders() ?? NONE);
  return useMemo(() => names.map((coder) => ({ coder })), [names]);
}
