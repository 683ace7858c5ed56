/**
 * The window's size, position and zoom, remembered between runs (in the app's data folder
 * as window-state.json). What is read back is checked and clamped: a damaged file, or a
 * position on a screen that is no longer attached, gives a window that fits the screens
 * there are.
 */

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowPlacement {
  /** Null on the first run: the system places the window. */
  bounds: Bounds | null;
  maximized: boolean;
  /** Chromium's zoom level: 0 is 100 %, each step ±1 is 20 % more or less. */
  zoomLevel: number;
}

export const DEFAULT_SIZE = { width: 1360, height: 900 };
export const MIN_SIZE = { width: 960, height: 600 };
/** Zoom levels the View menu steps through: 50 % to 300 %, in half steps. */
export const ZOOM_LIMITS = { min: -3, max: 6, step: 0.5 };

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function clampZoom(level: number): number {
  const stepped = Math.round(level / ZOOM_LIMITS.step) * ZOOM_LIMITS.step;
  return Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, stepped));
}

/** The zoom level after one step of the View menu (`0`: back to 100 %). */
export function zoomStep(level: number, step: -1 | 0 | 1): number {
  return step === 0 ? 0 : clampZoom(level + step * ZOOM_LIMITS.step);
}

/** The placement kept in the file, or the first run's when it is missing or damaged. */
export function readPlacement(stored: unknown): WindowPlacement {
  const o = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const b = (typeof o.bounds === 'object' && o.bounds !== null ? o.bounds : null) as Record<string, unknown> | null;
  const bounds = b && finite(b.x) && finite(b.y) && finite(b.width) && finite(b.height) ? { x: b.x, y: b.y, width: b.width, height: b.height } : null;
  return { bounds, maximized: o.maximized === true, zoomLevel: finite(o.zoomLevel) ? clampZoom(o.zoomLevel) : 0 };
}

/**
 * Bounds that fit the screens attached now (`displays`: each screen's work area): the
 * remembered ones when enough of the window's title bar is on a screen, else the same size
 * (no larger than that screen) centred on the first screen; null when nothing is
 * remembered.
 */
export function fitToDisplays(bounds: Bounds | null, displays: readonly Bounds[]): Bounds | null {
  if (!bounds || displays.length === 0) return bounds;
  const width = Math.max(MIN_SIZE.width, Math.round(bounds.width));
  const height = Math.max(MIN_SIZE.height, Math.round(bounds.height));
  // The title bar: the window's top 40 pixels, at least 100 of its width visible.
  const titleVisible = displays.some((d) => {
    const left = Math.max(bounds.x, d.x);
    const right = Math.min(bounds.x + width, d.x + d.width);
    return right - left >= 100 && bounds.y >= d.y && bounds.y + 40 <= d.y + d.height;
  });
  if (titleVisible) return { x: Math.round(bounds.x), y: Math.round(bounds.y), width, height };
  const screen = displays[0]!;
  const w = Math.min(width, screen.width);
  const h = Math.min(height, screen.height);
  return { x: screen.x + Math.round((screen.width - w) / 2), y: screen.y + Math.round((screen.height - h) / 2), width: w, height: h };
}
