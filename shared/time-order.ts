/**
 * Whether a turn's time keeps the transcript in time order: a turn stamped earlier than a
 * turn before it, or later than one after it, is out of place (a stamp pressed on the wrong
 * turn, or the player moved back). Turns without a time are passed over.
 */
import type { Turn } from './model.ts';

export interface TimeOrderProblem {
  /** The nearest timed turn whose time the new one breaks, and whether it is before or after. */
  neighbour: Pick<Turn, 'id' | 'timestamp'>;
  side: 'before' | 'after';
}

/** The problem a time `time` on turn `turnId` makes among `turns` (in transcript order), or null. */
export function timeOrderProblem(turns: readonly Pick<Turn, 'id' | 'timestamp'>[], turnId: string, time: number): TimeOrderProblem | null {
  const index = turns.findIndex((t) => t.id === turnId);
  if (index < 0) return null;
  for (let i = index - 1; i >= 0; i--) {
    const t = turns[i]!;
    if (t.timestamp === null) continue;
    if (t.timestamp > time) return { neighbour: t, side: 'before' };
    break;
  }
  for (let i = index + 1; i < turns.length; i++) {
    const t = turns[i]!;
    if (t.timestamp === null) continue;
    if (t.timestamp < time) return { neighbour: t, side: 'after' };
    break;
  }
  return null;
}

/**
 * The turns put in time order: each timed turn, with the untimed turns that follow it,
 * moves as one to its place by time (ties keep their order); turns before the first timed
 * one stay first. Orders are numbered again from 1.
 */
export function inTimeOrder<T extends Pick<Turn, 'timestamp' | 'order'>>(turns: readonly T[]): T[] {
  const groups: { time: number; turns: T[] }[] = [];
  for (const turn of turns) {
    if (turn.timestamp !== null || groups.length === 0) groups.push({ time: turn.timestamp ?? -Infinity, turns: [turn] });
    else groups.at(-1)!.turns.push(turn);
  }
  const sorted = groups.map((g, i) => ({ ...g, i })).sort((a, b) => a.time - b.time || a.i - b.i);
  return sorted.flatMap((g) => g.turns).map((turn, i) => ({ ...turn, order: i + 1 }));
}
