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
  // The numeric keypad's keys are their own (NumpadAdd, Numpad1): binding the keypad's "+" leaves the "+" typed in text alone.
  const keypad = /^Numpad\w+$/.exec(press.code ?? '')?.[0];
  const key = keypad ?? digit ?? letter ?? (press.key.length === 1 ? press.key.toUpperCase() : press.key);
  const parts = [press.ctrlKey || press.metaKey ? 'Ctrl' : '', press.altKey ? 'Alt' : '', press.shiftKey ? 'Shift' : '', key];
  return parts.filter(Boolean).join('+');
}

/** The action bound to a key press, if any. */
export function actionFor(keymap: Keymap, press: KeyPress): HotkeyAction | undefined {
  const combo = comboOf(press);
  return combo === null ? undefined : HOTKEY_ACTIONS.find((a) => keymap[a] === combo);
}

/** Keys that move the caret, delete or break a line: editing needs them, alone or with Shift (selecting). */
const EDITING_KEYS = new Set(['Enter', 'Backspace', 'Delete', 'Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Insert', ' ', 'Space']);
/** Ctrl combinations the editor and the system keep: select all, clipboard, undo and redo, word moves and deletes. */
const EDITING_CTRL = new Set(['A', 'C', 'V', 'X', 'Z', 'Y', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Backspace', 'Delete', 'Home', 'End', 'Enter']);

/**
 * Keys the browser or the system keeps for itself (close or open a tab or window, reload,
 * full screen, developer tools, back and forward, find, print): a page may never see them,
 * or taking them breaks what the user expects of them.
 */
const RESERVED = new Set(['Ctrl+W', 'Ctrl+Shift+W', 'Ctrl+T', 'Ctrl+Shift+T', 'Ctrl+N', 'Ctrl+Shift+N', 'Ctrl+Q', 'Ctrl+Tab', 'Ctrl+Shift+Tab', 'Ctrl+R', 'Ctrl+Shift+R', 'F5', 'Ctrl+F5', 'Shift+F5', 'F11', 'F12', 'Ctrl+Shift+I', 'Ctrl+Shift+C', 'Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+F4', 'Ctrl+F', 'Ctrl+P', 'Ctrl+L', 'Ctrl+H', 'Ctrl+D', 'Ctrl+Shift+Delete', 'Ctrl+PageUp', 'Ctrl+PageDown']);

/** Why a key cannot be given to an action, or null when it can. */
export type BindingProblem = 'typesText' | 'editingKey' | 'reserved';

/**
 * Whether a key may be a hotkey: not one that types text (a letter, digit, space or sign,
 * with or without Shift, would vanish from the transcript every time it is typed), nor
 * one editing needs (Enter, Backspace, Tab, the arrows; Ctrl+C, Ctrl+Z and the like), nor
 * one the browser or the system keeps (Ctrl+W, F5, F11, F12, Alt+←, Ctrl+F…).
 * Esc on its own is allowed: it types nothing.
 */
export function bindingProblem(combo: string): BindingProblem | null {
  // "+", "Ctrl++" and the like: the key itself may be "+".
  const plus = combo === '+' || combo.endsWith('++');
  const key = plus ? '+' : (combo.split('+').at(-1) ?? '');
  const mods = new Set(plus ? combo.slice(0, -1).split('+').filter(Boolean) : combo.split('+').slice(0, -1));
  if (RESERVED.has(combo)) return 'reserved';
  const command = mods.has('Ctrl') || mods.has('Alt');
  if (!command && [...key].length === 1) return 'typesText';
  if (!command && EDITING_KEYS.has(key)) return key === ' ' || key === 'Space' ? 'typesText' : 'editingKey';
  if (mods.has('Ctrl') && !mods.has('Alt') && EDITING_CTRL.has(key)) return 'editingKey';
  return null;
}

/** The other action that has this key already, if any. */
export function conflictOf(keymap: Keymap, action: HotkeyAction, combo: string): HotkeyAction | null {
  return HOTKEY_ACTIONS.find((a) => a !== action && keymap[a] === combo) ?? null;
}

/**
 * A keymap with one action on a new key. A key may not be taken from another action
 * silently: `swap` gives the other action this one's old key (the user agreed to it).
 */
export function rebind(keymap: Keymap, action: HotkeyAction, combo: string, swap = false): Keymap {
  const other = conflictOf(keymap, action, combo);
  if (other && !swap) throw new Error(`${combo} is ${other}'s key`);
  const next = { ...keymap };
  if (other) next[other] = keymap[action];
  next[action] = combo;
  return next;
}

/**
 * A stored keymap made whole again: unknown actions dropped, missing ones at their
 * defaults, and a key that may not be a hotkey (a plain letter kept from before the rule)
 * back at its default, or none when another action has that.
 */
export function restoreKeymap(stored: unknown): Keymap {
  const result = { ...DEFAULT_KEYMAP };
  if (typeof stored !== 'object' || stored === null) return result;
  for (const a of HOTKEY_ACTIONS) {
    const value = (stored as Record<string, unknown>)[a];
    if (typeof value === 'string' && (value === '' || bindingProblem(value) === null)) result[a] = value;
  }
  // Two actions on one key (an old keymap, or a default brought back): the later one gives it up.
  const seen = new Set<string>();
  for (const a of HOTKEY_ACTIONS) {
    if (result[a] !== '' && seen.has(result[a])) result[a] = '';
    seen.add(result[a]);
  }
  return result;
}

/** The speaker number of a speaker-turn action (1–9), or null for other actions. */
export function speakerNumber(action: HotkeyAction): number | null {
  const m = /^speaker(\d)$/.exec(action);
  return m ? Number(m[1]) : null;
}
