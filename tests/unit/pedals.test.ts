import { describe, expect, it } from 'vitest';
import { commandFor, DEFAULT_BITS, DEFAULT_PEDAL_SETTINGS, deviceKey, isPedal, pedalChanges, pedalsDown, restorePedalSettings, taughtBit, type PedalChange } from '../../shared/pedals.ts';

const report = (...bytes: number[]) => Uint8Array.from(bytes);

describe('which USB devices are pedals', () => {
  it('knows the transcription pedals and nothing else from their makers’ other lines', () => {
    expect(isPedal({ vendorId: 0x05f3, productId: 0x00ff })).toBe(true);
    expect(isPedal({ vendorId: 0x07b4, productId: 0x0218 })).toBe(true);
    expect(isPedal({ vendorId: 0x0911, productId: 0x1844 })).toBe(true);
    // X-keys keyboards come from the Infinity's maker; Olympus also makes cameras.
    expect(isPedal({ vendorId: 0x05f3, productId: 0x0261 })).toBe(false);
    expect(isPedal({ vendorId: 0x07b4, productId: 0x010a })).toBe(false);
    expect(isPedal({ vendorId: 0x046d, productId: 0xc52b })).toBe(false);
    expect(deviceKey({ vendorId: 0x05f3, productId: 0xff })).toBe('05f3:00ff');
  });
});

describe('reading a pedal’s reports', () => {
  it('reads the Infinity’s 1, 2 and 4 as left, middle and right, alone and together', () => {
    expect([...pedalsDown(report(1, 0), DEFAULT_BITS)]).toEqual(['left']);
    expect([...pedalsDown(report(6, 0), DEFAULT_BITS)]).toEqual(['middle', 'right']);
    expect([...pedalsDown(report(0, 0), DEFAULT_BITS)]).toEqual([]);
  });

  it('reads a taught pedal from the bit its press set, in any byte', () => {
    const bits = { left: 8 + 4, middle: 8 + 5, right: 8 + 6 };
    expect(taughtBit(report(0, 0), report(0, 0x10))).toBe(12);
    expect(taughtBit(report(0, 0x10), report(0, 0x10))).toBeNull();
    expect(taughtBit(report(0, 0), report(1, 0x10))).toBeNull();
    expect([...pedalsDown(report(0xff, 0x20), bits)]).toEqual(['middle']);
  });

  it('turns two states into presses and releases', () => {
    expect(pedalChanges(new Set(['left']), new Set(['middle']))).toEqual([
      { pedal: 'left', down: false },
      { pedal: 'middle', down: true },
    ]);
    expect(pedalChanges(new Set(['left']), new Set(['left']))).toEqual([]);
  });
});

describe('what a pedal does', () => {
  const press = (pedal: PedalChange['pedal']): PedalChange => ({ pedal, down: true });
  const release = (pedal: PedalChange['pedal']): PedalChange => ({ pedal, down: false });

  it('rewinds and forwards on the press; plays while the middle pedal is held', () => {
    const s = DEFAULT_PEDAL_SETTINGS;
    expect([press('left'), release('left'), press('right'), press('middle'), release('middle')].map((c) => commandFor(c, s))).toEqual(['back', null, 'forward', 'play', 'pause']);
  });

  it('plays and pauses by turns when set to toggle, and does what each pedal is given', () => {
    const s = { actions: { left: 'play', middle: 'none', right: 'back' } as const, playMode: 'toggle' as const };
    expect([press('left'), release('left'), press('middle'), press('right')].map((c) => commandFor(c, s))).toEqual(['toggle', null, null, 'back']);
  });

  it('reads stored settings back, the unknown and the broken as the defaults', () => {
    expect(restorePedalSettings(undefined)).toEqual(DEFAULT_PEDAL_SETTINGS);
    const back = restorePedalSettings({ actions: { left: 'forward', middle: 'jump' }, playMode: 'toggle', bits: { '07b4:0218': { left: 3, middle: 4, right: 5 }, bad: { left: -1, middle: 1, right: 2 } } });
    expect(back).toEqual({ actions: { left: 'forward', middle: 'play', right: 'forward' }, playMode: 'toggle', bits: { '07b4:0218': { left: 3, middle: 4, right: 5 } } });
  });
});
