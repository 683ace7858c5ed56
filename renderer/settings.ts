/**
 * Transcription preferences of this device (not of a study): skip and rewind lengths,
 * whether times show tenths, and the hotkeys. Stored in localStorage and shared by every
 * screen through `useSettings`.
 */
import { useSyncExternalStore } from 'react';
import { restoreKeymap, type Keymap } from '../shared/hotkeys.ts';

export interface TranscriptionSettings {
  /** Seconds skipped back or forward. */
  skipSeconds: number;
  /** Seconds the player goes back when playback resumes after a pause (0–5). */
  rewindSeconds: number;
  /** Show timestamps as [hh:mm:ss.d]. */
  tenths: boolean;
  keymap: Keymap;
}

const KEY = 'telaah.transcription';
const listeners = new Set<() => void>();

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function read(): TranscriptionSettings {
  let stored: Record<string, unknown> = {};
  try {
    stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
  } catch {
    stored = {};
  }
  return {
    skipSeconds: clamp(stored.skipSeconds, 1, 60, 5),
    rewindSeconds: clamp(stored.rewindSeconds, 0, 5, 1.5),
    tenths: stored.tenths === true,
    keymap: restoreKeymap(stored.keymap),
  };
}

let current: TranscriptionSettings | null = null;

export function getSettings(): TranscriptionSettings {
  current ??= read();
  return current;
}

export function updateSettings(patch: Partial<TranscriptionSettings>): void {
  current = { ...getSettings(), ...patch };
  localStorage.setItem(KEY, JSON.stringify(current));
  for (const l of listeners) l();
}

export function useSettings(): TranscriptionSettings {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSettings,
  );
}
