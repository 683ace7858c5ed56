import { describe, expect, it } from 'vitest';
import { timeOrderProblem } from '../../shared/time-order.ts';

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
