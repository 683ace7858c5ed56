import { describe, expect, it } from 'vitest';
import { markInsertion, markSeconds, timeMarks, withoutTimeMarks } from '../../shared/time-marks.ts';
import { quoteLine } from '../../shared/tables.ts';

describe('time marks inside a turn', () => {
  it('are found with their offsets and seconds, in every form a transcript writes', () => {
    const text = 'Bantuan [00:01:23] datang, lalu [01:02:03.4] dan [12:05] terlambat.';
    expect(timeMarks(text)).toEqual([
      { start: 8, end: 18, seconds: 83 },
      { start: 32, end: 44, seconds: 3723.4 },
      { start: 49, end: 56, seconds: 725 },
    ]);
    expect(text.slice(8, 18)).toBe('[00:01:23]');
  });

  it('are not bracketed text that is no time', () => {
    expect(timeMarks('[tertawa] [00:61:00] [1:2] [00:00:99] (00:01:02)')).toEqual([]);
  });

  it('read back the seconds of a mark’s own text only', () => {
    expect(markSeconds('[00:00:07.5]')).toBe(7.5);
    expect(markSeconds(' [00:00:07]')).toBeNull();
    expect(markSeconds('[pause]')).toBeNull();
  });

  it('are inserted set off by one space from the words around them, ready to type on', () => {
    expect(markInsertion('kata lalu', 4, 83.46, false)).toBe(' [00:01:23]');
    expect(markInsertion('kata lalu', 5, 83.46, true)).toBe('[00:01:23.4] ');
    expect(markInsertion('katalalu', 4, 83, false)).toBe(' [00:01:23] ');
    expect(markInsertion('kata', 4, 83, false)).toBe(' [00:01:23] ');
    expect(markInsertion('kata ', 5, 83, false)).toBe('[00:01:23] ');
  });

  it('are left out of quotations in a table, with the words around them kept apart', () => {
    expect(withoutTimeMarks('Dana [00:01:23] cair bulan lalu [00:01:40]')).toBe('Dana cair bulan lalu');
    expect(quoteLine('[00:00:05] Kami  datang', 'P01', 'FGD 1')).toBe('“Kami datang” (P01, FGD 1)');
  });
});
