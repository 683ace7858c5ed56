/**
 * Who is coding on this device, per study, and whether they code blind (seeing only their
 * own segments). Kept in localStorage (local-store.ts): each member of a team codes on
 * their own machine.
 */
import { useCallback } from 'react';
import { localValue, useLocalValue, type LocalValue } from './local-store.ts';

export interface CoderChoice {
  /** The coder's name, '' until they choose one (or code, and are given the study's first coder's). */
  coder: string;
  /** The name was given, not chosen: the first code was applied before anyone named the coder. Naming them then renames those segments. */
  assumed: boolean;
  blind: boolean;
  /** Whose segments the matrix and tables count: null until chosen (then the consensus if any, else all), '' for all. */
  counted: string | null;
}

function parse(stored: unknown): CoderChoice {
  const o = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return { coder: typeof o.coder === 'string' ? o.coder : '', assumed: o.assumed === true, blind: o.blind === true, counted: typeof o.counted === 'string' ? o.counted : null };
}

function stored(studyId: string): LocalValue<CoderChoice> {
  return localValue(`telaah.coder.${studyId}`, parse);
}

export function coderChoice(studyId: string): CoderChoice {
  return stored(studyId).get();
}

export function useCoderChoice(studyId: string): [CoderChoice, (patch: Partial<CoderChoice>) => void] {
  const store = stored(studyId);
  const [choice, set] = useLocalValue(store);
  const update = useCallback((patch: Partial<CoderChoice>) => set({ ...store.get(), ...patch }), [store, set]);
  return [choice, update];
}
