import { describe, expect, it } from 'vitest';
import { stepSpan, trimSpan } from '../../shared/span-edit.ts';

const text = 'Kami dorong supaya hasil usaha anggota bisa dijual.';
const quote = (s: { start: number; end: number }) => text.slice(s.start, s.end);
const usaha = { start: text.indexOf('hasil'), end: text.indexOf('usaha') + 5 };

describe('extending and shrinking a segment by words', () => {
  it('extends the start to the word before and the end to the word after', () => {
    expect(quote(stepSpan(text, usaha, 'start', -1))).toBe('supaya hasil usaha');
    expect(quote(stepSpan(text, usaha, 'end', 1))).toBe('hasil usaha anggota');
  });

  it('shrinks from either side without leaving spaces at the edges', () => {
    expect(quote(stepSpan(text, usaha, 'start', 1))).toBe('usaha');
    expect(quote(stepSpan(text, usaha, 'end', -1))).toBe('hasil');
  });

  it('never empties the span and stops at the ends of the turn', () => {
    const one = { start: 0, end: 4 };
    expect(stepSpan(text, one, 'start', 1)).toEqual(one);
    expect(stepSpan(text, one, 'end', -1)).toEqual(one);
    expect(stepSpan(text, one, 'start', -1)).toEqual(one);
    const last = { start: text.indexOf('dijual'), end: text.length };
    expect(stepSpan(text, last, 'end', 1)).toEqual(last);
  });

  it('trims spaces a drag picked up at the ends of a selection', () => {
    expect(quote(trimSpan(text, { start: usaha.start - 1, end: usaha.end + 1 }))).toBe('hasil usaha');
  });
});
