import { describe, expect, it } from 'vitest';
import { actionFor, comboOf, DEFAULT_KEYMAP, rebind, restoreKeymap, speakerNumber } from '../../shared/hotkeys.ts';

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

  it('moves an action to a new key, taking that key from any action that had it', () => {
    const next = rebind(DEFAULT_KEYMAP, 'timestamp', 'F1');
    expect(next.timestamp).toBe('F1');
    expect(next.back).toBe('');
    expect(actionFor(next, press('F1'))).toBe('timestamp');
  });

  it('restores a stored keymap, filling gaps with defaults and ignoring junk', () => {
    expect(restoreKeymap({ playPause: 'F9', nonsense: 'X', back: 3 })).toEqual({ ...DEFAULT_KEYMAP, playPause: 'F9' });
    expect(restoreKeymap('rusak')).toEqual(DEFAULT_KEYMAP);
  });

  it('numbers the speaker actions', () => {
    expect(speakerNumber('speaker7')).toBe(7);
    expect(speakerNumber('timestamp')).toBeNull();
  });
});
