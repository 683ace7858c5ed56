/**
 * USB transcription foot pedals read as HID devices. Each pedal sets one bit of the
 * device's input report while it is held (the Infinity IN-USB-2/3 sends 1, 2 and 4 in its
 * first byte for left, middle and right); a pedal whose bits differ is taught by pressing
 * it. What each pedal does (rewind, play, forward, nothing) and how the play pedal plays
 * (while held, or on and off with each press) is the user's setting.
 */

export interface PedalDeviceId {
  vendorId: number;
  productId: number;
}

/** Transcription pedals sold for this work, by USB vendor (and product where the vendor makes other devices too). */
export const KNOWN_PEDALS: readonly { vendorId: number; productId?: number; name: string }[] = [
  { vendorId: 0x05f3, productId: 0x00ff, name: 'Infinity IN-USB-1/2/3' },
  { vendorId: 0x07b4, productId: 0x0202, name: 'Olympus RS-26' },
  { vendorId: 0x07b4, productId: 0x0218, name: 'Olympus RS-28/RS-31' },
  { vendorId: 0x0911, name: 'Philips ACC2310/ACC2320' },
];

/** The devices the browser's chooser offers and the desktop app grants: these and nothing else. */
export const PEDAL_FILTERS: readonly { vendorId: number; productId?: number }[] = KNOWN_PEDALS.map(({ vendorId, productId }) => (productId === undefined ? { vendorId } : { vendorId, productId }));

export function knownPedal(device: PedalDeviceId): (typeof KNOWN_PEDALS)[number] | undefined {
  return KNOWN_PEDALS.find((p) => p.vendorId === device.vendorId && (p.productId === undefined || p.productId === device.productId));
}

export function isPedal(device: PedalDeviceId): boolean {
  return knownPedal(device) !== undefined;
}

/** What a device's settings are filed under. */
export const deviceKey = (device: PedalDeviceId): string => `${device.vendorId.toString(16).padStart(4, '0')}:${device.productId.toString(16).padStart(4, '0')}`;

export const PEDALS = ['left', 'middle', 'right'] as const;
export type Pedal = (typeof PEDALS)[number];
export const PEDAL_ACTIONS = ['back', 'play', 'forward', 'none'] as const;
export type PedalAction = (typeof PEDAL_ACTIONS)[number];
export type PlayMode = 'hold' | 'toggle';

/** Which bit of the report (byte × 8 + bit) each pedal sets. */
export type PedalBits = Record<Pedal, number>;

export interface PedalSettings {
  actions: Record<Pedal, PedalAction>;
  playMode: PlayMode;
  /** Bits taught for a device (by `deviceKey`); others read as the Infinity's. */
  bits: Record<string, PedalBits>;
}

export const DEFAULT_BITS: PedalBits = { left: 0, middle: 1, right: 2 };

export const DEFAULT_PEDAL_SETTINGS: PedalSettings = {
  actions: { left: 'back', middle: 'play', right: 'forward' },
  playMode: 'hold',
  bits: {},
};

/** The bits a report sets. */
export function reportBits(report: Uint8Array): Set<number> {
  const bits = new Set<number>();
  report.forEach((byte, i) => {
    for (let b = 0; b < 8; b++) if (byte & (1 << b)) bits.add(i * 8 + b);
  });
  return bits;
}

/** Which pedals a report holds down. */
export function pedalsDown(report: Uint8Array, bits: PedalBits): Set<Pedal> {
  const set = reportBits(report);
  return new Set(PEDALS.filter((p) => set.has(bits[p])));
}

export interface PedalChange {
  pedal: Pedal;
  down: boolean;
}

/** The presses and releases between two states of the pedals, in left–middle–right order. */
export function pedalChanges(before: ReadonlySet<Pedal>, after: ReadonlySet<Pedal>): PedalChange[] {
  return PEDALS.filter((p) => before.has(p) !== after.has(p)).map((pedal) => ({ pedal, down: after.has(pedal) }));
}

/** The one bit a press set (from the report before to the report after), or null when none or several did. */
export function taughtBit(before: Uint8Array, after: Uint8Array): number | null {
  const was = reportBits(before);
  const added = [...reportBits(after)].filter((b) => !was.has(b));
  return added.length === 1 ? added[0]! : null;
}

/** Settings read back from storage: anything unknown or missing is the default. */
export function restorePedalSettings(raw: unknown): PedalSettings {
  const value = (raw ?? {}) as Partial<PedalSettings>;
  const actions = { ...DEFAULT_PEDAL_SETTINGS.actions };
  for (const p of PEDALS) {
    const a = value.actions?.[p];
    if (a && (PEDAL_ACTIONS as readonly string[]).includes(a)) actions[p] = a;
  }
  const bits: Record<string, PedalBits> = {};
  for (const [key, b] of Object.entries(value.bits ?? {})) {
    if (PEDALS.every((p) => Number.isInteger(b?.[p]) && b[p] >= 0 && b[p] < 512)) bits[key] = { left: b.left, middle: b.middle, right: b.right };
  }
  return { actions, playMode: value.playMode === 'toggle' ? 'toggle' : 'hold', bits };
}

/** What the player does for a pedal press or release. */
export type PlayerCommand = 'back' | 'forward' | 'play' | 'pause' | 'toggle';

/**
 * The player's commands for a change: rewind and forward skip once on the press (and go on
 * while the pedal is held, see `HELD_STEP`); the play pedal plays while held and pauses on
 * release, or plays and pauses by turns on each press.
 */
export function commandFor(change: PedalChange, settings: Pick<PedalSettings, 'actions' | 'playMode'>): PlayerCommand | null {
  const action = settings.actions[change.pedal];
  if (action === 'none') return null;
  if (action === 'play') return settings.playMode === 'toggle' ? (change.down ? 'toggle' : null) : change.down ? 'play' : 'pause';
  return change.down ? action : null;
}

/** While rewind or forward is held, the player moves this many seconds every `HELD_EVERY_MS`: four times playing speed. */
export const HELD_STEP = 1;
export const HELD_EVERY_MS = 250;
