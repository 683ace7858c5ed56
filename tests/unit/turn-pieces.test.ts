import { describe, expect, it } from 'vitest';
import { pieces } from '../../renderer/features/transcript/turn-pieces.ts';

describe('a turn cut into pieces by its segments', () => {
  it('marks each piece with the segments covering it, overlaps included', () => {
    const text = 'Kami mendampingi KPM ke e-Warong.';
    expect(pieces(text, [{ id: 'a', start: 0, end: 16 }, { id: 'b', start: 5, end: 20 }])).toEqual([
      { from: 0, text: 'Kami ', ids: ['a'] },
      { from: 5, text: 'mendampingi', ids: ['a', 'b'] },
      { from: 16, text: ' KPM', ids: ['b'] },
      { from: 20, text: ' ke e-Warong.', ids: [] },
    ]);
  });

  it('ignores spans outside the text or empty, and gives an empty turn no pieces', () => {
    expect(pieces('Ya.', [{ id: 'x', start: 2, end: 9 }, { id: 'y', start: 1, end: 1 }])).toEqual([{ from: 0, text: 'Ya.', ids: [] }]);
    expect(pieces('', [])).toEqual([]);
  });
});
