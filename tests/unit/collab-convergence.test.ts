/**
 * Five people on one shared session doing what the app lets them do (type, delete,
 * split, join, add a turn, code, uncode, move a segment, write its memo, set a speaker,
 * replace across turns, undo, redo), their updates delivered in random order with random
 * delays (collab-play.ts). Whatever happened, every copy and the relay end with the same
 * turns and segments, and every store shows what its own document holds. A failing run
 * prints its seed; `play(seed)` replays it.
 */
import { describe, expect, it } from 'vitest';
import { documentShows, storeShows } from './collab-team.ts';
import { play } from './collab-play.ts';

function converges(seed: number): void {
  const { team, sessionId } = play(seed);
  const truth = documentShows(team.relay, sessionId);
  for (const member of team.members) {
    expect(documentShows(member.doc, sessionId), `${member.name}'s document`).toEqual(truth);
    expect(storeShows(member), `${member.name}'s screen`).toEqual(truth);
  }
  for (const s of truth.segments) {
    const turn = truth.turns.find((t) => t.id === s.turnId)!;
    expect(turn.text.slice(s.start, s.end), `segment ${s.id} quotes its words`).toBe(s.text);
  }
}

const RUNS = 300;
const PER_TEST = 50;
const batches = Array.from({ length: RUNS / PER_TEST }, (_, i) => ({ from: i * PER_TEST + 1, to: (i + 1) * PER_TEST }));

describe(`five people editing one shared session at once (${RUNS} seeded runs)`, () => {
  it.each(batches)('converge to the same turns and segments on every copy whatever order updates arrive in: seeds $from to $to', { timeout: 120_000 }, ({ from, to }) => {
    const failed: string[] = [];
    for (let seed = from; seed <= to; seed++) {
      try {
        converges(seed);
      } catch (error) {
        failed.push(`seed ${seed} (replay with play(${seed})): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(failed).toEqual([]);
  });
});
