/**
 * Undo in a shared session takes back one's own step and nothing of a teammate's. A step
 * holds each turn it touched as it was and as it left it; undoing puts "as it was" back
 * onto the turn as it is now, with whatever others did since kept:
 *
 * - the text: the stretch this step wrote (found again by its held ends, wherever others'
 *   typing moved it) goes back to what it replaced; characters a teammate typed inside
 *   that stretch stay;
 * - the fields (speaker, time, draft words) and the segments this step changed go back;
 *   those it did not change stay as others left them;
 * - a turn the step made goes, and one it removed comes back.
 *
 * Written as new edits of the document (not by reviving deleted ones), so every copy
 * integrates them the same way. Redo is the same with the sides swapped.
 */
import { changedStretch, relocate, withSpan } from '../../../shared/turn-edit.ts';
import type { SegmentRow, TurnRow } from '../../db/schema.ts';
import { bySpan, spliced, type TurnState } from '../transcript/session/turn-ops.ts';

/** The turn a step left and the one it is to get back, with where the step's written stretch is now. */
export interface TurnBack {
  /** The turn as the step is to leave it (its `before` to undo, its `after` to redo); null: the turn goes. */
  want: TurnState | null;
  /** The turn as the step's other side has it (what is being taken back); null: the step made it. */
  left: TurnState | null;
  /** The turn as it is now, with everyone's changes. */
  current: TurnState | null;
  /** Where the text the step wrote (`left`'s changed stretch) is in `current`; null when not known. */
  written: { from: number; to: number } | null;
}

/** Why a step cannot be taken back: a teammate has worked in a turn the step made. */
export class StepTaken extends Error {}

const sameSegment = (a: SegmentRow | undefined, b: SegmentRow | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.turnId === b.turnId &&
    a.start === b.start &&
    a.end === b.end &&
    a.text === b.text &&
    a.codes.join() === b.codes.join() &&
    a.assistantType === b.assistantType &&
    a.coder === b.coder &&
    a.memo === b.memo);

/** The field of `want` where the step changed it, else the current one. */
function fieldBack<K extends keyof TurnRow>(key: K, want: TurnRow, left: TurnRow, current: TurnRow): TurnRow[K] {
  return JSON.stringify(want[key]) === JSON.stringify(left[key]) ? current[key] : want[key];
}

/** What taking a step back does to one turn: its new state (null: it goes), and the stretch of its text now written by it. */
export interface TurnTakenBack {
  state: TurnState | null;
  wrote: { from: number; to: number } | null;
}

/** A turn with one step taken back (see the module's rules); undefined: nothing to do for it. Throws StepTaken. */
export function turnBack({ want, left, current, written }: TurnBack): TurnTakenBack | undefined {
  if (want === null) {
    // The step made this turn: it goes, unless someone has worked in it since.
    if (current === null) return undefined;
    if (left === null || current.turn.text !== left.turn.text) throw new StepTaken();
    return { state: null, wrote: null };
  }
  if (left === null) return current === null ? { state: want, wrote: { from: 0, to: want.turn.text.length } } : undefined; // The step removed it: it comes back as it was.
  if (current === null) return undefined; // Someone removed it since: their removal stands.

  // The text: the stretch the step wrote goes back to what it replaced; a teammate's typing inside it stays.
  const { head, tail } = changedStretch(want.turn.text, left.turn.text);
  const wrote = left.turn.text.slice(head, left.turn.text.length - tail);
  const replaced = want.turn.text.slice(head, want.turn.text.length - tail);
  const at = written ?? (current.turn.text === left.turn.text ? { from: head, to: head + wrote.length } : null);
  let state = current;
  let shift = 0;
  let wroteNow: { from: number; to: number } | null = null;
  if (at && wrote !== replaced) {
    const now = current.turn.text.slice(at.from, at.to);
    const same = changedStretch(wrote, now);
    const theirs = now === wrote ? '' : now.slice(same.head, now.length - same.tail);
    state = spliced(current, at.from, at.to - at.from, replaced + theirs);
    shift = at.from - head;
    wroteNow = { from: at.from, to: at.from + replaced.length };
  }
  const text = state.turn.text;

  // The segments the step changed go back (onto their words in the text as it is now); the others stay.
  const wanted = new Map(want.segments.map((s) => [s.id, s]));
  const leftBy = new Map(left.segments.map((s) => [s.id, s]));
  const segments = new Map(state.segments.map((s) => [s.id, s]));
  for (const id of new Set([...wanted.keys(), ...leftBy.keys()])) {
    const back = wanted.get(id);
    if (sameSegment(back, leftBy.get(id))) continue;
    if (!back) {
      segments.delete(id);
      continue;
    }
    const kept = segments.get(id);
    const spanKept = kept && leftBy.get(id) && back.start === leftBy.get(id)!.start && back.end === leftBy.get(id)!.end;
    const span = spanKept ? { id, start: kept.start, end: kept.end } : relocate({ id, start: back.start + (back.start >= head ? shift : 0), text: back.text }, text);
    if (span) segments.set(id, { ...withSpan(back, span, text), turnId: current.turn.id });
    else segments.delete(id);
  }

  const turn: TurnRow = {
    ...state.turn,
    order: fieldBack('order', want.turn, left.turn, current.turn),
    speakerId: fieldBack('speakerId', want.turn, left.turn, current.turn),
    timestamp: fieldBack('timestamp', want.turn, left.turn, current.turn),
  };
  const unchecked = fieldBack('unchecked', want.turn, left.turn, state.turn);
  const words = fieldBack('words', want.turn, left.turn, state.turn);
  const { unchecked: _u, words: _w, ...plain } = turn;
  return {
    state: { turn: { ...plain, ...(unchecked ? { unchecked } : {}), ...(words && words.length > 0 ? { words } : {}) }, segments: [...segments.values()].sort(bySpan) },
    wrote: wroteNow,
  };
}
