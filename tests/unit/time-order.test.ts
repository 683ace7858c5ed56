import { describe, expect, it } from 'vitest';
import { inTimeOrder, timeOrderProblem } from '../../shared/time-order.ts';

const turns = [
  { id: 'a', timestamp: 12 },
  { id: 'b', timestamp: null },
  { id: 'c', timestamp: 41 },
  { id: 'd', timestamp: null },
  { id: 'e', timestamp: 62 },
];

describe('a turn’s time among the others', () => {
  it('is fine between the times around it, the untimed turns passed over', () => {
    expect(timeOrderProblem(turns, 'd', 50)).toBeNull();
    expect(timeOrderProblem(turns, 'b', 12)).toBeNull();
    expect(timeOrderProblem(turns, 'c', 41)).toBeNull();
  });

  it('names the turn before it that is later, or the turn after it that is earlier', () => {
    expect(timeOrderProblem(turns, 'd', 30)).toEqual({ neighbour: { id: 'c', timestamp: 41 }, side: 'before' });
    expect(timeOrderProblem(turns, 'b', 70)).toEqual({ neighbour: { id: 'c', timestamp: 41 }, side: 'after' });
    expect(timeOrderProblem(turns, 'a', 100)).toEqual({ neighbour: { id: 'c', timestamp: 41 }, side: 'after' });
    expect(timeOrderProblem(turns, 'zz', 1)).toBeNull();
  });
});

describe('putting turns in time order', () => {
  it('moves each timed turn with the untimed ones after it to its place, and numbers them again', () => {
    const turns = [
      { id: 'intro', timestamp: null, order: 1 },
      { id: 'a', timestamp: 12, order: 2 },
      { id: 'a2', timestamp: null, order: 3 },
      { id: 'c', timestamp: 41, order: 4 },
      { id: 'b', timestamp: 30, order: 5 },
      { id: 'b2', timestamp: null, order: 6 },
      { id: 'd', timestamp: 41, order: 7 },
    ];
    const fixed = inTimeOrder(turns);
    expect(fixed.map((t) => t.id)).toEqual(['intro', 'a', 'a2', 'b', 'b2', 'c', 'd']);
    expect(fixed.map((t) => t.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // In order already: nothing moves.
    expect(inTimeOrder(fixed).map((t) => t.id)).toEqual(fixed.map((t) => t.id));
  });
});
