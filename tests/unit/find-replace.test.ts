import { describe, expect, it } from 'vitest';
import { findMatches, replaceAll } from '../../shared/find-replace.ts';

describe('find and replace', () => {
  const text = 'KPM datang. Kpm lain menunggu. kpm terakhir.';

  it('counts matches with and without case', () => {
    expect(findMatches(text, 'kpm', false)).toHaveLength(3);
    expect(findMatches(text, 'KPM', true)).toEqual([{ start: 0, end: 3 }]);
    expect(findMatches(text, '', false)).toEqual([]);
  });

  it('replaces every match and moves later offsets with the text', () => {
    const r = replaceAll(text, 'kpm', 'keluarga penerima manfaat', false);
    expect(r.count).toBe(3);
    expect(r.text).toBe('keluarga penerima manfaat datang. keluarga penerima manfaat lain menunggu. keluarga penerima manfaat terakhir.');
    const lain = text.indexOf('lain');
    expect(r.text.slice(r.mapOffset(lain, 'start'), r.mapOffset(lain + 4, 'end'))).toBe('lain');
    // A span covering a replaced word still covers the whole replacement.
    expect(r.text.slice(r.mapOffset(0, 'start'), r.mapOffset(3, 'end'))).toBe('keluarga penerima manfaat');
    expect(r.text.slice(r.mapOffset(1, 'start'), r.mapOffset(2, 'end'))).toBe('keluarga penerima manfaat');
  });

  it('leaves text without matches as it is', () => {
    const r = replaceAll(text, 'TKSK', 'x', true);
    expect(r).toMatchObject({ text, count: 0 });
    expect(r.mapOffset(10, 'start')).toBe(10);
  });
});
