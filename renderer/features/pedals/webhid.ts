/**
 * The part of WebHID (navigator.hid) the pedals use. Chromium and Electron have it;
 * browsers without it (Firefox, Safari) get null, and the pedal settings say so.
 */

export interface HidInputReportEvent extends Event {
  readonly device: HidDevice;
  readonly reportId: number;
  readonly data: DataView;
}

export interface HidDevice extends EventTarget {
  readonly opened: boolean;
  readonly vendorId: number;
  readonly productId: number;
  readonly productName: string;
  open(): Promise<void>;
  close(): Promise<void>;
}

export interface HidConnectionEvent extends Event {
  readonly device: HidDevice;
}

export interface Hid extends EventTarget {
  getDevices(): Promise<HidDevice[]>;
  requestDevice(options: { filters: readonly { vendorId: number; productId?: number }[] }): Promise<HidDevice[]>;
}

export function webHid(): Hid | null {
  return (navigator as Navigator & { hid?: Hid }).hid ?? null;
}
