/**
 * The session's one undo history. Each step holds the turns it touched as they were
 * before and after (a whole-session change holds every turn), so undoing puts exactly
 * those turns back and can never mix two transcripts. Typing in one turn is coalesced
 * into one step until the typist pauses or does something else.
 */
import type { Changes } from './turn-ops.ts';

export interface Step {
  before: Changes;
  after: Changes;
  /** The turn typed in, for a typing step that later keys may extend. */
  typingIn: string | null;
  at: number;
}

const LIMIT = 200;
/** A pause this long ends a typing step. */
export const TYPING_PAUSE_MS = 1000;

export class SessionHistory {
  private done: Step[] = [];
  private undone: Step[] = [];

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Records a change: `before` holds each touched turn as it was (null: it did not exist). Returns the step it went into. */
  record(before: Changes, after: Changes, typingIn: string | null, now: number): Step {
    this.undone = [];
    const last = this.done[this.done.length - 1];
    if (typingIn !== null && last?.typingIn === typingIn && now - last.at < TYPING_PAUSE_MS) {
      for (const [id, state] of after) last.after.set(id, state);
      for (const [id, state] of before) if (!last.before.has(id)) last.before.set(id, state);
      last.at = now;
      return last;
    }
    const step: Step = { before: new Map(before), after: new Map(after), typingIn, at: now };
    this.done.push(step);
    if (this.done.length > LIMIT) this.done.shift();
    return step;
  }

  /** The step undo would take next, left in place. */
  nextUndo(): Step | undefined {
    return this.done[this.done.length - 1];
  }

  /** The step redo would take next, left in place. */
  nextRedo(): Step | undefined {
    return this.undone[this.undone.length - 1];
  }

  /** Ends the typing step if it is in one of `turnIds` (someone else changed that turn: later keys are a step of their own). */
  sealIn(turnIds: Iterable<string>): void {
    const last = this.done[this.done.length - 1];
    if (last?.typingIn != null && [...turnIds].includes(last.typingIn)) last.typingIn = null;
  }

  /** Ends the typing step being extended, so the next keys start a new one. */
  seal(): void {
    const last = this.done[this.done.length - 1];
    if (last) last.typingIn = null;
  }

  /** The step to undo, moved to the redo list; the caller puts its `before` back. */
  takeUndo(): Step | undefined {
    const step = this.done.pop();
    if (step) {
      step.typingIn = null;
      this.undone.push(step);
    }
    return step;
  }

  takeRedo(): Step | undefined {
    const step = this.undone.pop();
    if (step) this.done.push(step);
    return step;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
