/**
 * Transcript timestamps: `[hh:mm:ss]`, `[mm:ss]`, optionally with tenths (`[hh:mm:ss.d]`),
 * held as seconds. Writing always uses hours so files sort and align.
 */

const TIME = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:\.(\d{1,3}))?$/;

/** Seconds for `hh:mm:ss`, `mm:ss` (with optional fraction), or null when it is no time. */
export function parseTime(text: string): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  const [, h, min, s, frac] = m;
  const minutes = Number(min);
  const seconds = Number(s);
  if (seconds > 59 || (h !== undefined && minutes > 59)) return null;
  const fraction = frac ? Number(`0.${frac}`) : 0;
  return Number(h ?? 0) * 3600 + minutes * 60 + seconds + fraction;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `hh:mm:ss`, with `.d` tenths when the time has a fraction of a second. */
export function formatTime(seconds: number): string {
  const tenths = Math.round(seconds * 10);
  const whole = Math.floor(tenths / 10);
  const base = `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
  return tenths % 10 === 0 ? base : `${base}.${tenths % 10}`;
}

/** A time as the transcript shows it: `hh:mm:ss`, or `hh:mm:ss.d` when tenths are wanted. */
export function formatClock(seconds: number, tenths: boolean): string {
  if (tenths) {
    const t = Math.floor(seconds * 10 + 1e-6);
    return `${formatTime(Math.floor(t / 10))}.${t % 10}`;
  }
  return formatTime(Math.floor(seconds + 1e-6));
}
