import { describe, expect, it } from 'vitest';
import { actionFor, comboOf, DEFAULT_KEYMAP, rebind, restoreKeymap, speakerNumber, bindingProblem, conflictOf, HOTKEY_ACTIONS } from '../../shared/hotkeys.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; shiftKey: boolean; metaKey: boolean; code: string }> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...mods,
});

describe('transcription hotkeys', () => {
  it('writes key presses as combos, letters upper-case, Cmd as Ctrl', () => {
    expect(comboOf(press('j', { ctrlKey: true, code: 'KeyJ' }))).toBe('Ctrl+J');
    expect(comboOf(press('j', { metaKey: true, code: 'KeyJ' }))).toBe('Ctrl+J');
    expect(comboOf(press('!', { shiftKey: true, code: 'Digit1' }))).toBe('Shift+1');
    expect(comboOf(press('F2', { code: 'F2' }))).toBe('F2');
    expect(comboOf(press('Control', { ctrlKey: true }))).toBeNull();
  });

  it('has oTranscribe-like defaults: Esc play/pause, Ctrl+J timestamp, F1/F2 back/forward, Ctrl+1…9 speakers', () => {
    expect(actionFor(DEFAULT_KEYMAP, press('Escape'))).toBe('playPause');
    expect(actionFor(DEFAULT_KEYMAP, press('j', { ctrlKey: true, code: 'KeyJ' }))).toBe('timestamp');
    expect(actionFor(DEFAULT_KEYMAP, press('F1'))).toBe('back');
    expect(actionFor(DEFAULT_KEYMAP, press('F2'))).toBe('forward');
    expect(actionFor(DEFAULT_KEYMAP, press('3', { ctrlKey: true, code: 'Digit3' }))).toBe('speaker3');
    expect(actionFor(DEFAULT_KEYMAP, press('a'))).toBeUndefined();
  });

  it('leaves the editor’s own shortcuts alone', () => {
    for (const [key, code] of [['z', 'KeyZ'], ['y', 'KeyY'], ['c', 'KeyC'], ['v', 'KeyV'], ['x', 'KeyX'], ['a', 'KeyA'], ['b', 'KeyB'], ['i', 'KeyI'], ['u', 'KeyU']] as const) {
      expect(actionFor(DEFAULT_KEYMAP, press(key, { ctrlKey: true, code }))).toBeUndefined();
    }
  });

  it('moves an action to a free key', () => {
    const next = rebind(DEFAULT_KEYMAP, 'timestamp', 'F8');
    expect(next.timestamp).toBe('F8');
    expect(actionFor(next, press('F8'))).toBe('timestamp');
    expect(actionFor(next, press('j', { ctrlKey: true, code: 'KeyJ' }))).toBeUndefined();
  });

  it('never takes a key from another action silently: the one that had it is named, and a swap gives it the old key', () => {
    expect(conflictOf(DEFAULT_KEYMAP, 'forward', 'F1')).toBe('back');
    expect(conflictOf(DEFAULT_KEYMAP, 'back', 'F1')).toBeNull();
    expect(() => rebind(DEFAULT_KEYMAP, 'forward', 'F1')).toThrow(/back/);
    const swapped = rebind(DEFAULT_KEYMAP, 'forward', 'F1', true);
    expect([swapped.forward, swapped.back]).toEqual(['F1', 'F2']);
    expect(HOTKEY_ACTIONS.filter((a) => swapped[a] === '')).toEqual([]);
  });

  it('refuses keys that type text or that editing needs, and allows function keys, Esc and command keys', () => {
    for (const combo of ['A', 'Shift+A', 'a', '5', 'Shift+5', ',', ' ', 'Shift+ ', 'é']) expect(bindingProblem(combo), combo).toBe('typesText');
    for (const combo of ['Enter', 'Backspace', 'Tab', 'Shift+Tab', 'ArrowLeft', 'Shift+ArrowRight', 'Delete', 'Home', 'Ctrl+Z', 'Ctrl+C', 'Ctrl+V', 'Ctrl+A', 'Ctrl+ArrowLeft', 'Ctrl+Backspace', 'Ctrl+Shift+Z']) {
      expect(bindingProblem(combo), combo).toBe('editingKey');
    }
    for (const combo of ['Escape', 'F1', 'Shift+F6', 'Ctrl+J', 'Ctrl+Shift+J', 'Alt+A', 'Ctrl+1', 'Ctrl+Alt+Z', 'Pause', 'MediaPlayPause']) expect(bindingProblem(combo), combo).toBeNull();
  });

  it('restores a stored keymap, filling gaps with defaults and ignoring junk, a plain letter kept from before and a key given twice', () => {
    expect(restoreKeymap({ playPause: 'F9', nonsense: 'X', back: 3 })).toEqual({ ...DEFAULT_KEYMAP, playPause: 'F9' });
    expect(restoreKeymap('rusak')).toEqual(DEFAULT_KEYMAP);
    // "Lebih cepat" on "a" ate every a typed: it goes back to its own key.
    expect(restoreKeymap({ faster: 'A' }).faster).toBe(DEFAULT_KEYMAP.faster);
    const twice = restoreKeymap({ back: 'F7', forward: 'F7' });
    expect([twice.back, twice.forward]).toEqual(['F7', '']);
  });

  it('numbers the speaker actions', () => {
    expect(speakerNumber('speaker7')).toBe(7);
    expect(speakerNumber('timestamp')).toBeNull();
  });
});

describe('keys a hotkey may not take', () => {
  it('the keypad\'s keys are their own: binding keypad + leaves the + typed in text alone', () => {
    expect(comboOf(press('+', { code: 'NumpadAdd' }))).toBe('NumpadAdd');
    expect(comboOf(press('1', { code: 'Numpad1' }))).toBe('Numpad1');
    expect(comboOf(press('+', { shiftKey: true, code: 'Equal' }))).toBe('Shift++');
    const keymap = rebind(DEFAULT_KEYMAP, 'faster', 'NumpadAdd');
    expect(actionFor(keymap, press('+', { code: 'NumpadAdd' }))).toBe('faster');
    expect(actionFor(keymap, press('+', { shiftKey: true, code: 'Equal' }))).toBeUndefined();
    // "+" itself, typed on the main keyboard, types text.
    expect(bindingProblem('+')).toBe('typesText');
    expect(bindingProblem('Shift++')).toBe('typesText');
    expect(bindingProblem('Ctrl++')).toBeNull();
  });

  it('keys the browser or the system keeps are refused, saying so', () => {
    for (const combo of ['Ctrl+W', 'F5', 'F11', 'F12', 'Alt+ArrowLeft', 'Ctrl+F', 'Ctrl+T', 'Alt+F4']) expect(bindingProblem(combo)).toBe('reserved');
    for (const combo of ['F1', 'F6', 'Ctrl+J', 'Ctrl+Shift+J', 'Alt+1']) expect(bindingProblem(combo)).toBeNull();
    // A stored keymap holding one goes back to its default.
    expect(restoreKeymap({ ...DEFAULT_KEYMAP, back: 'F5' }).back).toBe(DEFAULT_KEYMAP.back);
  });
});
