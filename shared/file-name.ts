/**
 * A title (a session's, a study's) as the stem of a file name every system accepts: the
 * characters Windows, macOS or Linux refuse in a name (/ \ : * ? " < > |), control
 * characters and the bidi controls that can disguise an extension become "-"; a name
 * Windows keeps for a device (CON, PRN, AUX, NUL, COM1–9, LPT1–9) gets "_" after it; a
 * trailing dot or space goes; the length is bounded. What is left reads as the title did.
 */

const FORBIDDEN = /[/\\:*?"<>|\p{Cc}\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;
const DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX = 150;

/** Whether `name` (with its extension) is one a system keeps or refuses: a device name, a control or bidi character, a trailing dot or space. */
export function isUnsafeFileName(name: string): boolean {
  const stem = name.replace(/\.[^.]*$/, '');
  return new RegExp(FORBIDDEN.source, 'u').test(name) || DEVICE.test(stem) || DEVICE.test(name) || /[. ]$/.test(name);
}

/** A file name's stem from a title; `fallback` when nothing of the title is left. */
export function fileStemOf(title: string, fallback: string): string {
  const stem = title.replace(FORBIDDEN, '-').replace(/\s+/g, ' ').trim().slice(0, MAX).replace(/[. ]+$/, '');
  if (stem === '') return fallback;
  return DEVICE.test(stem) ? `${stem}_` : stem;
}
