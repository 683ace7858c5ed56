/**
 * A USB foot pedal for the browser, made in the page before the app loads: `navigator.hid`
 * with one simulated device that the test presses through `window.pedal.send(bytes)`. The
 * device is granted once chosen (kept over reloads, as the browser keeps it), and the
 * filters the app asked the chooser for are kept for the test to read.
 */
import type { Page } from '@playwright/test';

export interface SimulatedPedal {
  vendorId: number;
  productId: number;
  productName: string;
  /** The device cannot be opened (another program holds it), as the browser then says. */
  busy?: boolean;
}

export async function simulatePedal(page: Page, device: SimulatedPedal): Promise<void> {
  await page.addInitScript((spec) => {
    class FakeDevice extends EventTarget {
      opened = false;
      readonly vendorId = spec.vendorId;
      readonly productId = spec.productId;
      readonly productName = spec.productName;
      async open() {
        if (spec.busy) throw new DOMException('Failed to open the device.', 'NotAllowedError');
        this.opened = true;
      }
      async close() {
        this.opened = false;
      }
    }
    const device = new FakeDevice();
    const hid = new EventTarget() as EventTarget & Record<string, unknown>;
    const granted = () => sessionStorage.getItem('pedal-granted') === '1';
    const state = { filters: null as unknown, opened: () => device.opened };
    hid.getDevices = async () => (granted() ? [device] : []);
    hid.requestDevice = async (options: { filters: { vendorId: number; productId?: number }[] }) => {
      state.filters = options.filters;
      const offered = options.filters.some((f) => f.vendorId === device.vendorId && (f.productId === undefined || f.productId === device.productId));
      if (!offered) return [];
      sessionStorage.setItem('pedal-granted', '1');
      return [device];
    };
    Object.defineProperty(navigator, 'hid', { value: hid });
    (window as unknown as { pedal: unknown }).pedal = {
      state,
      send(bytes: number[]) {
        if (!device.opened) throw new Error('the app has not opened the pedal');
        const event = new Event('inputreport') as Event & { data?: DataView; reportId?: number; device?: unknown };
        Object.assign(event, { data: new DataView(Uint8Array.from(bytes).buffer), reportId: 0, device });
        device.dispatchEvent(event);
      },
    };
  }, device);
}

/** Sends one input report from the simulated pedal. */
export const sendReport = (page: Page, bytes: number[]) => page.evaluate((b) => (window as unknown as { pedal: { send(b: number[]): void } }).pedal.send(b), bytes);

/** The filters the app gave the device chooser. */
export const chooserFilters = (page: Page) => page.evaluate(() => (window as unknown as { pedal: { state: { filters: unknown } } }).pedal.state.filters);
