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

describe('a turn with time marks', () => {
  it('cuts each mark out as its own piece, with its seconds, inside the segments covering it', () => {
    const text = 'Dana [00:01:23] cair.';
    expect(pieces(text, [{ id: 'a', start: 0, end: 21 }])).toEqual([
      { from: 0, text: 'Dana ', ids: ['a'] },
      { from: 5, text: '[00:01:23]', ids: ['a'], mark: 83 },
      { from: 15, text: ' cair.', ids: ['a'] },
    ]);
    expect(pieces('[00:00:02.5]', []).map((p) => p.mark)).toEqual([2.5]);
  });
});
