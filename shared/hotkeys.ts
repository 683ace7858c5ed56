/**
 * Transcription hotkeys: the actions a note-taker triggers from the keyboard (or a foot
 * pedal that sends key presses) while typing, going to the code search to code the
 * selected text, their default keys (close to oTranscribe's, clear of the editor's own
 * shortcuts), and how a key press is written (`Ctrl+J`).
 */

export const HOTKEY_ACTIONS = [
  'playPause',
  'back',
  'forward',
  'slower',
  'faster',
  'timestamp',
  'codeSearch',
  'moderatorTurn',
  'speaker1',
  'speaker2',
  'speaker3',
  'speaker4',
  'speaker5',
  'speaker6',
  'speaker7',
  'speaker8',
  'speaker9',
] as const;

export type HotkeyAction = (typeof HOTKEY_ACTIONS)[number];
export type Keymap = Record<HotkeyAction, string>;

export const DEFAULT_KEYMAP: Keymap = {
  playPause: 'Escape',
  back: 'F1',
  forward: 'F2',
  slower: 'F3',
  faster: 'F4',
  timestamp: 'Ctrl+J',
  codeSearch: 'Ctrl+K',
  moderatorTurn: 'Ctrl+0',
  speaker1: 'Ctrl+1',
  speaker2: 'Ctrl+2',
  speaker3: 'Ctrl+3',
  speaker4: 'Ctrl+4',
  speaker5: 'Ctrl+5',
  speaker6: 'Ctrl+6',
  speaker7: 'Ctrl+7',
  speaker8: 'Ctrl+8',
  speaker9: 'Ctrl+9',
};

export interface KeyPress {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph']);

/** `Ctrl+Shift+J`, `F2`, `Escape`; null for a press of a modifier alone. Cmd counts as Ctrl. */
export function comboOf(press: KeyPress): string | null {
  if (MODIFIER_KEYS.has(press.key)) return null;
  // Digits and letters by their physical key, so Shift+1 reads as Shift+1, not Shift+!.
  const digit = /^Digit(\d)$/.exec(press.code ?? '')?.[1];
  const letter = /^Key([A-Z])$/.exec(press.code ?? '')?.[1];
  const key = digit ?? letter ?? (press.key.length === 1 ? press.key.toUpperCase() : press.key);
  const parts = [press.ctrlKey || press.metaKey ? 'Ctrl' : '', press.altKey ? 'Alt' : '', press.shiftKey ? 'Shift' : '', key];
  return parts.filter(Boolean).join('+');
}

/** The action bound to a key press, if any. */
export function actionFor(keymap: Keymap, press: KeyPress): HotkeyAction | undefined {
  const combo = comboOf(press);
  return combo === null ? undefined : HOTKEY_ACTIONS.find((a) => keymap[a] === combo);
}

/** A keymap with one action moved to a new key; an action that had that key loses it. */
export function rebind(keymap: Keymap, action: HotkeyAction, combo: string): Keymap {
  const next = { ...keymap };
  for (const a of HOTKEY_ACTIONS) if (next[a] === combo) next[a] = '';
  next[action] = combo;
  return next;
}

/** A stored keymap made whole again: unknown actions dropped, missing ones at their defaults. */
export function restoreKeymap(stored: unknown): Keymap {
  const result = { ...DEFAULT_KEYMAP };
  if (typeof stored !== 'object' || stored === null) return result;
  for (const a of HOTKEY_ACTIONS) {
    const value = (stored as Record<string, unknown>)[a];
    if (typeof value === 'string') result[a] = value;
  }
  return result;
}

/** The speaker number of a speaker-turn action (1–9), or null for other actions. */
export function speakerNumber(action: HotkeyAction): number | null {
  const m = /^speaker(\d)$/.exec(action);
  return m ? Number(m[1]) : null;
}
