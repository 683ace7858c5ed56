/**
 * The pedals connected to this page, read once for every screen: the pedals the user has
 * allowed (the browser's chooser, or the desktop app's grant) are opened as they come, and
 * each report becomes presses and releases. Screens listen: the transcript drives the
 * player, the pedal settings light up the pedal pressed and learn a pedal's bit.
 */
import { DEFAULT_BITS, deviceKey, knownPedal, PEDAL_FILTERS, isPedal, pedalChanges, pedalsDown, type Pedal, type PedalChange } from '../../../shared/pedals.ts';
import { getSettings } from '../../settings.ts';
import { webHid, type HidConnectionEvent, type HidDevice, type HidInputReportEvent } from './webhid.ts';

export interface ConnectedPedal {
  key: string;
  name: string;
  down: ReadonlySet<Pedal>;
}

export type PedalEvent = { type: 'change'; key: string; change: PedalChange } | { type: 'report'; key: string; before: Uint8Array; after: Uint8Array };

interface Held {
  device: HidDevice;
  key: string;
  name: string;
  last: Uint8Array;
  down: Set<Pedal>;
  onReport: (event: Event) => void;
}

export class PedalHub {
  private held = new Map<HidDevice, Held>();
  private listeners = new Set<(event: PedalEvent) => void>();
  private watchers = new Set<() => void>();
  private snapshot: readonly ConnectedPedal[] = [];
  private started = false;
  private trying = 0;

  /** While the pedal settings are open, presses are for trying the pedals: they light up there and drive nothing. Returns the undo. */
  tryOut(): () => void {
    this.trying++;
    return () => void this.trying--;
  }

  /** Whether presses should drive the player now. */
  get driving(): boolean {
    return this.trying === 0;
  }

  /** Opens the pedals already allowed, and any that connect later. Safe to call again. */
  start(): void {
    const hid = webHid();
    if (this.started || !hid) return;
    this.started = true;
    // A pedal that cannot be opened by itself is passed over; "Hubungkan pedal…" says why.
    const quietly = (device: HidDevice) => void this.attach(device).catch(() => undefined);
    hid.addEventListener('connect', (event) => quietly((event as HidConnectionEvent).device));
    hid.addEventListener('disconnect', (event) => this.detach((event as HidConnectionEvent).device));
    void hid.getDevices().then((devices) => devices.forEach(quietly), () => undefined);
  }

  /** Asks the user for a pedal (the browser's chooser offers only pedals); true when one was given. */
  async request(): Promise<boolean> {
    const hid = webHid();
    if (!hid) return false;
    this.start();
    const devices = await hid.requestDevice({ filters: PEDAL_FILTERS });
    await Promise.all(devices.map((d) => this.attach(d)));
    return devices.some((d) => isPedal(d));
  }

  listen(listener: (event: PedalEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** For useSyncExternalStore: the connected pedals, a new array whenever one changes. */
  subscribe = (watcher: () => void): (() => void) => {
    this.watchers.add(watcher);
    return () => void this.watchers.delete(watcher);
  };

  pedals = (): readonly ConnectedPedal[] => this.snapshot;

  private changed(): void {
    this.snapshot = [...this.held.values()].map(({ key, name, down }) => ({ key, name, down: new Set(down) }));
    this.watchers.forEach((w) => w());
  }

  private async attach(device: HidDevice): Promise<void> {
    if (!isPedal(device) || this.held.has(device)) return;
    const key = deviceKey(device);
    const entry: Held = {
      device,
      key,
      name: device.productName || knownPedal(device)?.name || key,
      last: new Uint8Array(0),
      down: new Set(),
      onReport: (event) => this.report(entry, event as HidInputReportEvent),
    };
    this.held.set(device, entry);
    device.addEventListener('inputreport', entry.onReport);
    try {
      if (!device.opened) await device.open();
    } catch (error) {
      // Another program holds it, or it went away: not a pedal this page has.
      device.removeEventListener('inputreport', entry.onReport);
      this.held.delete(device);
      throw error;
    }
    this.changed();
  }

  private detach(device: HidDevice): void {
    const entry = this.held.get(device);
    if (!entry) return;
    device.removeEventListener('inputreport', entry.onReport);
    this.held.delete(device);
    // A pedal unplugged while held is released.
    for (const pedal of entry.down) this.emit({ type: 'change', key: entry.key, change: { pedal, down: false } });
    this.changed();
  }

  private report(entry: Held, event: HidInputReportEvent): void {
    const after = new Uint8Array(event.data.buffer.slice(event.data.byteOffset, event.data.byteOffset + event.data.byteLength));
    const before = entry.last.length === after.length ? entry.last : new Uint8Array(after.length);
    entry.last = after;
    this.emit({ type: 'report', key: entry.key, before, after });
    const down = pedalsDown(after, getSettings().pedals.bits[entry.key] ?? DEFAULT_BITS);
    const changes = pedalChanges(entry.down, down);
    entry.down = down;
    for (const change of changes) this.emit({ type: 'change', key: entry.key, change });
    if (changes.length > 0) this.changed();
  }

  private emit(event: PedalEvent): void {
    this.listeners.forEach((l) => l(event));
  }
}

/** The page's one hub. */
export const pedalHub = new PedalHub();
