/**
 * Who is coding on this device, per study, and whether they code blind (seeing only their
 * own segments). Kept in localStorage: each member of a team codes on their own machine.
 */
import { useCallback, useSyncExternalStore } from 'react';

export interface CoderChoice {
  /** The coder's name, '' until they choose one. */
  coder: string;
  blind: boolean;
  /** Whose segments the matrix and tables count: null until chosen (then the consensus if any, else all), '' for all. */
  counted: string | null;
}

const KEY = (studyId: string) => `telaah.coder.${studyId}`;
const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; value: CoderChoice }>();

export function coderChoice(studyId: string): CoderChoice {
  const raw = localStorage.getItem(KEY(studyId));
  const cached = cache.get(studyId);
  if (cached && cached.raw === raw) return cached.value;
  let value: CoderChoice = { coder: '', blind: false, counted: null };
  try {
    const stored = JSON.parse(raw ?? '{}') as Partial<CoderChoice>;
    value = { coder: typeof stored.coder === 'string' ? stored.coder : '', blind: stored.blind === true, counted: typeof stored.counted === 'string' ? stored.counted : null };
  } catch {
    // A damaged entry means no choice yet.
  }
  cache.set(studyId, { raw, value });
  return value;
}

export function setCoderChoice(studyId: string, patch: Partial<CoderChoice>): void {
  localStorage.setItem(KEY(studyId), JSON.stringify({ ...coderChoice(studyId), ...patch }));
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function useCoderChoice(studyId: string): [CoderChoice, (patch: Partial<CoderChoice>) => void] {
  const choice = useSyncExternalStore(subscribe, () => coderChoice(studyId));
  const set = useCallback((patch: Partial<CoderChoice>) => setCoderChoice(studyId, patch), [studyId]);
  return [choice, set];
}
