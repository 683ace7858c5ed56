/**
 * Transcription preferences of this device (not of a study): skip and rewind lengths,
 * whether times show tenths, the hotkeys and the foot pedals. Stored in localStorage (local-store.ts) and
 * shared by every screen through `useSettings`.
 */
import { localValue, useLocalValue } from './local-store.ts';
import { restoreKeymap, type Keymap } from '../shared/hotkeys.ts';
import { restorePedalSettings, type PedalSettings } from '../shared/pedals.ts';

export interface TranscriptionSettings {
  /** Seconds skipped back or forward (0.5–60, in tenths). */
  skipSeconds: number;
  /** Seconds the player goes back when playback resumes after a pause (0–5). */
  rewindSeconds: number;
  /** Show timestamps as [hh:mm:ss.d]. */
  tenths: boolean;
  keymap: Keymap;
  /** Typing pauses the recording, and it plays on (rewound as on resume) once typing stops for `typingResumeSeconds`. */
  typingPause: boolean;
  /** Seconds without a key before the recording plays on (0.3–5). */
  typingResumeSeconds: number;
  /** What the foot pedals do, and the bits of pedals taught by pressing them. */
  pedals: PedalSettings;
  /** Seconds a speaker key's time is set before the moment the key is pressed, for the transcriber's reaction (0–2). */
  speakerLeadSeconds: number;
}

const KEY = 'telaah.transcription';

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function parse(stored: unknown): TranscriptionSettings {
  const o = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  return {
    skipSeconds: clamp(o.skipSeconds, 0.5, 60, 5),
    rewindSeconds: clamp(o.rewindSeconds, 0, 5, 1.5),
    tenths: o.tenths === true,
    keymap: restoreKeymap(o.keymap),
    typingPause: o.typingPause === true,
    typingResumeSeconds: clamp(o.typingResumeSeconds, 0.3, 5, 1),
    pedals: restorePedalSettings(o.pedals),
    speakerLeadSeconds: clamp(o.speakerLeadSeconds, 0, 2, 0),
  };
}

const stored = localValue(KEY, parse);

export function getSettings(): TranscriptionSettings {
  return stored.get();
}

export function updateSettings(patch: Partial<TranscriptionSettings>): void {
  stored.set({ ...stored.get(), ...patch });
}

export function useSettings(): TranscriptionSettings {
  return useLocalValue(stored)[0];
}
