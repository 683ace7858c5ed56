/**
 * Calendar days as a study stores them (ISO, 2019-03-14) and as a user reads and types them:
 * day first in both UI languages (14/03/2019), whatever the browser's own locale would show.
 */

export type DayReading = { day: string } | { problem: 'format' | 'no-such-day' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2019-03-14" → "14/03/2019"; an empty or unreadable stored value is shown as it is. */
export function formatDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * What the user typed, as a stored day: day, month and a four-digit year separated by "/", "-"
 * or "." (14/3/2019, 14-03-2019), or ISO (2019-03-14). Empty clears the day. A day the
 * calendar does not have (31/02/2019) is refused rather than rolled over into the next month.
 */
export function readDay(typed: string): DayReading {
  const text = typed.trim();
  if (text === '') return { day: '' };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]].map(Number) : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]].map(Number) : [];
  if (year === undefined || month === undefined || day === undefined) return { problem: 'format' };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { problem: 'no-such-day' };
  return { day: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}
