/**
 * Cue times for writing subtitle formats from turns: each turn runs from its timestamp to
 * the next turn's, the last one for a time that grows with its length. Subtitle formats
 * need a time on every turn, so a turn without one is an error naming it.
 */
import type { TranscriptTurn } from './transcript-txt.ts';

export type TimedTurn = Omit<TranscriptTurn, 'line'>;

export class UntimedTurn extends Error {
  constructor(readonly index: number) {
    super(`turn ${index + 1} has no timestamp; SRT and WebVTT need a time on every turn`);
    this.name = 'UntimedTurn';
  }
}

/** Seconds a turn of this text is shown when nothing follows it: about 3 words a second, 2 s at least. */
function readingTime(text: string): number {
  return Math.max(2, text.split(/\s+/).filter(Boolean).length / 3);
}

export function cueTimes(turns: readonly TimedTurn[]): { turn: TimedTurn; start: number; end: number }[] {
  return turns.map((turn, i) => {
    if (turn.timestamp === null) throw new UntimedTurn(i);
    const next = turns.slice(i + 1).find((t) => t.timestamp !== null)?.timestamp;
    const end = next !== undefined && next !== null && next > turn.timestamp ? next : turn.timestamp + readingTime(turn.text);
    return { turn, start: turn.timestamp, end };
  });
}
