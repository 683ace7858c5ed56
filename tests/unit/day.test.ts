import { describe, expect, it } from 'vitest';
import { formatDay, readDay } from '../../shared/day.ts';

describe('days as typed and shown', () => {
  it('shows a stored day day-first', () => {
    expect(formatDay('2019-03-14')).toBe('14/03/2019');
    expect(formatDay('')).toBe('');
  });

  it('reads day-first days with any of the usual separators, and ISO days', () => {
    expect(readDay('14/03/2019')).toEqual({ day: '2019-03-14' });
    expect(readDay(' 2/3/2019 ')).toEqual({ day: '2019-03-02' });
    expect(readDay('02-03-2019')).toEqual({ day: '2019-03-02' });
    expect(readDay('2.3.2019')).toEqual({ day: '2019-03-02' });
    expect(readDay('2019-03-02')).toEqual({ day: '2019-03-02' });
    expect(readDay('29/02/2024')).toEqual({ day: '2024-02-29' });
  });

  it('an empty field clears the day', () => {
    expect(readDay('   ')).toEqual({ day: '' });
  });

  it('refuses days the calendar does not have instead of rolling them over', () => {
    expect(readDay('31/02/2019')).toEqual({ problem: 'no-such-day' });
    expect(readDay('29/02/2023')).toEqual({ problem: 'no-such-day' });
    expect(readDay('14/13/2019')).toEqual({ problem: 'no-such-day' });
    expect(readDay('00/03/2019')).toEqual({ problem: 'no-such-day' });
  });

  it('refuses what is not a day, including two-digit years that could be either century', () => {
    expect(readDay('14 Maret 2019')).toEqual({ problem: 'format' });
    expect(readDay('14/03/19')).toEqual({ problem: 'format' });
    expect(readDay('03/14/2019')).toEqual({ problem: 'no-such-day' });
  });

  it('what is shown reads back as the same day', () => {
    for (const iso of ['2019-01-01', '2019-12-31', '2024-02-29']) expect(readDay(formatDay(iso))).toEqual({ day: iso });
  });
});
