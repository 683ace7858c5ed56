import { describe, expect, it } from 'vitest';
import { orderBetween, shiftSpans, splitTurnText } from '../../shared/turn-edit.ts';

describe('splitting a coded turn', () => {
  const text = 'Kami mendata KPM. Kami juga melatih pengurus.';
  const spans = [
    { id: 'a', start: 0, end: 17 },
    { id: 'b', start: 18, end: 45 },
    { id: 'c', start: 5, end: 30 },
  ];

  it('keeps segments before the cut, moves those after it, and clips one that crosses it', () => {
    const result = splitTurnText(text, 18, spans);
    expect(result.before).toBe('Kami mendata KPM. ');
    expect(result.after).toBe('Kami juga melatih pengurus.');
    expect(result.keep).toEqual([
      { id: 'a', start: 0, end: 17 },
      { id: 'c', start: 5, end: 18 },
    ]);
    expect(result.move).toEqual([{ id: 'b', start: 0, end: 27 }]);
  });

  it('clamps a cut outside the text', () => {
    expect(splitTurnText('abc', 10, []).before).toBe('abc');
    expect(splitTurnText('abc', -2, []).after).toBe('abc');
  });

  it('shifts the second turn’s segments by the length of the first when joining', () => {
    expect(shiftSpans([{ id: 'x', start: 0, end: 4 }], 18)).toEqual([{ id: 'x', start: 18, end: 22 }]);
  });

  it('finds a sort key between two turns, or after the last', () => {
    expect(orderBetween(1, 2)).toBe(1.5);
    expect(orderBetween(7, undefined)).toBe(8);
  });
});
