/**
 * A session's transcript in memory: the one place its turns and segments change while it
 * is open. Every change (typing, Enter, Backspace, a new turn, coding, an import, a
 * version restored, undo) is applied here synchronously, so the next key always meets
 * the new state; persistence follows behind (write-behind.ts).
 *
 * It also knows where the caret belongs: the turn whose editor is live (`active`) and,
 * until that editor has taken it, the offset keys typed meanwhile go to (`caret`).
 */
import { countWords } from '../../../../shared/versions.ts';
import type { SegmentRow, TurnRow } from '../../../db/schema.ts';
import type { SessionBatch } from '../../../db/session-rows.ts';
import { SessionHistory, type Step } from './history.ts';
import { WriteBehind, type SessionWriter } from './write-behind.ts';
import * as ops from './turn-ops.ts';
import type { Caret, Changes, NewCoding, SessionReader, TurnState } from './turn-ops.ts';
import { changedStretch, inSessionOrder, offsetAfterChange, type Span } from '../../../../shared/turn-edit.ts';

export interface FocusState {
  /** The turn whose editor is live, or is about to be. */
  active: string | null;
  /** Where typing goes until that editor takes the caret. */
  caret: Caret | null;
}

/** A side of an undo step: the turns as they were before it, or as it left them. */
export type Side = 'before' | 'after';

/**
 * Where a shared session's changes go (collab/session-share.ts): each change made here is
 * sent to the session's document. Undo stays this store's history of one's own steps, but
 * a step is taken back onto the session as it is now, with teammates' work kept.
 */
export interface SessionLink {
  send(changes: Changes): void;
  /** The step's `side` has just been written. */
  held(step: Step, side: Side): void;
  /** The changes that put the step's `side` back, others' work kept; null when that cannot be done without undoing theirs. */
  takeBack(step: Step, side: Side): Changes | null;
}

export interface SessionStats {
  words: number;
  canUndo: boolean;
  canRedo: boolean;
}

/** `next`, or `previous` when they hold the same items: a snapshot that changes only when its content does. */
function stableList(previous: string[], next: string[]): string[] {
  return next.length === previous.length && next.every((x, i) => x === previous[i]) ? previous : next;
}

function sameTurn(a: TurnState, b: TurnState): boolean {
  const t = a.turn;
  const u = b.turn;
  if (t.text !== u.text || t.order !== u.order || t.speakerId !== u.speakerId || t.timestamp !== u.timestamp || t.rev !== u.rev || t.unchecked !== u.unchecked) return false;
  if (a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, i) => {
    const r = b.segments[i]!;
    return s.id === r.id && s.start === r.start && s.end === r.end && s.codes.join() === r.codes.join() && s.assistantType === r.assistantType && s.memo === r.memo && s.coder === r.coder;
  });
}

export class SessionStore implements SessionReader {
  readonly history = new SessionHistory();
  private states = new Map<string, TurnState>();
  private ids: string[] = [];
  private segmentTurn = new Map<string, string>();
  private listeners = new Set<() => void>();
  private words = 0;
  private coderNames: string[] = [];
  private codersStale = true;
  private focusState: FocusState = { active: null, caret: null };
  private statsSnapshot: SessionStats | null = null;
  private changeCount = 0;
  private uncheckedIds: string[] = [];
  private speakerIds: string[] = [];
  /**
   * Each turn's last few states before a shared session's document changed it, by the
   * revision a live editor may still show: a key typed there before the editor redraws is
   * put onto the turn as it is now, not lost.
   */
  private beforeDocument = new Map<string, Map<number, TurnState>>();
  /** Whether the editor shows a segment (blind mode hides other coders'); hidden ones follow their words. */
  isShown: (segment: SegmentRow) => boolean = () => true;
  readOnly = false;
  /** Told of each edit refused because another tab edits the study: the user is shown it, never left to think it was kept. */
  onRefused: () => void = () => {};
  /** The shared session's document link; null while the study is only on this computer. */
  link: SessionLink | null = null;
  /** Told when a step cannot be undone or redone because a teammate has since worked in a turn it made. */
  onStepTaken: () => void = () => {};

  private readonly writes: WriteBehind;

  constructor(
    readonly sessionId: string,
    write: SessionWriter,
    onPending: (pending: boolean) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {
    this.writes = new WriteBehind(write, (turnIds, segmentIds) => this.rowsOf(turnIds, segmentIds), onPending);
  }

  // ---- reading ----

  order(): readonly string[] {
    return this.ids;
  }

  get(turnId: string): TurnState | undefined {
    return this.states.get(turnId);
  }

  turnOfSegment(segmentId: string): TurnState | undefined {
    const turnId = this.segmentTurn.get(segmentId);
    return turnId === undefined ? undefined : this.states.get(turnId);
  }

  turns(): TurnRow[] {
    return this.ids.map((id) => this.states.get(id)!.turn);
  }

  segments(): SegmentRow[] {
    return this.ids.flatMap((id) => this.states.get(id)!.segments);
  }

  focus(): FocusState {
    return this.focusState;
  }

  /** Words and whether undo and redo can go on; the same object until one of them changes. */
  stats(): SessionStats {
    const now = { words: this.words, canUndo: this.history.canUndo, canRedo: this.history.canRedo };
    const last = this.statsSnapshot;
    if (!last || last.words !== now.words || last.canUndo !== now.canUndo || last.canRedo !== now.canRedo) this.statsSnapshot = now;
    return this.statsSnapshot!;
  }

  /** The names of the coders of the session's segments; the same array until that changes. */
  coders(): readonly string[] {
    if (!this.codersStale) return this.coderNames;
    this.codersStale = false;
    return (this.coderNames = stableList(this.coderNames, [...new Set(this.segments().map((s) => s.coder))].sort()));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Counts the changes seen so far: a snapshot for views that read the whole session. */
  version(): number {
    return this.changeCount;
  }

  private notify(): void {
    this.changeCount++;
    for (const listener of Array.from(this.listeners)) listener();
  }

  // ---- loading ----

  /** Takes the stored session as it is (on opening, and in a read-only tab whenever it changes). */
  load(turns: readonly TurnRow[], segments: readonly SegmentRow[]): void {
    const byTurn = new Map<string, SegmentRow[]>();
    for (const s of segments) byTurn.set(s.turnId, [...(byTurn.get(s.turnId) ?? []), s]);
    const states = new Map<string, TurnState>();
    for (const turn of turns) {
      const next: TurnState = { turn, segments: (byTurn.get(turn.id) ?? []).sort(ops.bySpan) };
      const old = this.states.get(turn.id);
      states.set(turn.id, old && sameTurn(old, next) ? old : next);
    }
    this.states = states;
    this.segmentTurn = new Map(segments.map((s) => [s.id, s.turnId]));
    this.reorder();
    this.words = countWords(turns.map((t) => t.text));
    this.codersStale = true;
    this.notify();
  }

  private reorder(): void {
    const next = [...this.states.values()].sort((a, b) => inSessionOrder(a.turn, b.turn)).map((s) => s.turn.id);
    if (next.length !== this.ids.length || next.some((id, i) => id !== this.ids[i])) this.ids = next;
  }

  // ---- changing ----

  /**
   * Applies a change; returns each touched turn before and after. Changes not from the
   * editor give the turns a new revision, so a live editor reloads. A change made here
   * goes to the shared session's document; one that came from it (`fromDocument`) does not.
   */
  private commit(changes: Changes, fromEditor: boolean, fromDocument = false): { before: Changes; after: Changes } {
    const before: Changes = new Map();
    const after: Changes = new Map();
    const touchedSegments: string[] = [];
    let structural = false;
    for (const [id, next] of changes) {
      const old = this.states.get(id) ?? null;
      before.set(id, old);
      if (old) {
        this.words -= countWords([old.turn.text]);
        for (const s of old.segments) {
          this.segmentTurn.delete(s.id);
          touchedSegments.push(s.id);
        }
      }
      if (next === null) {
        if (old) structural = true;
        this.states.delete(id);
        after.set(id, null);
      } else {
        const rev = fromEditor ? next.turn.rev : Math.max(old?.turn.rev ?? 0, next.turn.rev) + 1;
        const state = rev === next.turn.rev ? next : { ...next, turn: { ...next.turn, rev } };
        if (!old || old.turn.order !== state.turn.order) structural = true;
        this.states.set(id, state);
        after.set(id, state);
      }
    }
    for (const state of after.values()) {
      if (!state) continue;
      this.words += countWords([state.turn.text]);
      for (const s of state.segments) {
        this.segmentTurn.set(s.id, state.turn.id);
        touchedSegments.push(s.id);
      }
    }
    if (structural) this.reorder();
    if (!fromEditor) this.codersStale = true;
    if (this.focusState.active !== null && !this.states.has(this.focusState.active)) this.focusState = { active: null, caret: null };
    this.writes.touched(changes.keys(), touchedSegments);
    if (!fromDocument) this.link?.send(after);
    return { before, after };
  }

  /** A change by the user: applied, recorded for undo, written behind; the caret moves if told. */
  private change(changes: Changes | null, caret?: Caret | null): boolean {
    if (!changes || changes.size === 0) return false;
    if (this.readOnly) return (this.onRefused(), false);
    const { before, after } = this.commit(changes, false);
    this.recorded(this.history.record(before, after, null, this.now()));
    if (caret !== undefined) this.placeCaret(caret);
    this.notify();
    return true;
  }

  /**
   * What the live editor of a turn holds after the user typed. Ignored when the turn has
   * changed since the editor loaded it (`rev`): that editor is about to reload.
   */
  typed(turnId: string, rev: number, text: string, spans: readonly Span[]): void {
    const state = this.states.get(turnId);
    if (this.readOnly && state && state.turn.text !== text) this.onRefused();
    if (this.readOnly || !state) return;
    if (state.turn.rev !== rev) return this.typedOnOlder(state, this.beforeDocument.get(turnId)?.get(rev), text);
    const next = ops.typed(state, text, spans, this.isShown);
    if (sameTurn(state, next)) return;
    const { before, after } = this.commit(new Map([[turnId, next]]), true);
    this.recorded(this.history.record(before, after, turnId, this.now()));
    this.notify();
  }

  /** What an editor showing an older state of the turn (before a teammate's change) now holds: its edit put onto the turn as it is. */
  private typedOnOlder(state: TurnState, shown: TurnState | undefined, text: string): void {
    if (!shown || shown.turn.text === text) return;
    const was = shown.turn.text;
    const mine = changedStretch(was, text);
    const theirs = changedStretch(was, state.turn.text);
    const from = offsetAfterChange(was, state.turn.text, mine.head, theirs);
    const to = Math.max(from, offsetAfterChange(was, state.turn.text, was.length - mine.tail, theirs));
    this.change(new Map([[state.turn.id, ops.spliced(state, from, to - from, text.slice(mine.head, text.length - mine.tail))]]));
  }

  split(turnId: string, offset: number): boolean {
    const result = ops.split(this, turnId, offset);
    return this.change(result?.changes ?? null, result?.caret);
  }

  joinWithPrevious(turnId: string): boolean {
    const result = ops.joinWithPrevious(this, turnId);
    return this.change(result?.changes ?? null, result?.caret);
  }

  /** Delete at a turn's end: the next turn joins this one, the caret stays. */
  joinNext(turnId: string): boolean {
    const next = this.ids[this.ids.indexOf(turnId) + 1];
    const result = next === undefined ? null : ops.joinWithPrevious(this, next);
    return this.change(result?.changes ?? null, result?.caret);
  }

  /** The text from `from` to `to` (across turns too) replaced by `insert`, as one step; the caret goes after it. */
  replaceRange(from: Caret, to: Caret, insert: string): boolean {
    const result = ops.replaceRange(this, from, to, insert);
    return this.change(result?.changes ?? null, result?.caret);
  }

  /** A new turn after `afterId` (or at the end); the caret goes into it. Returns its id. */
  addTurn(afterId: string | null, speakerId: string | null, timestamp: number | null): string | null {
    if (this.readOnly) return null;
    const { changes, caret } = ops.addTurn(this, this.sessionId, afterId !== null && this.states.has(afterId) ? afterId : null, speakerId, timestamp);
    this.change(changes, caret);
    return caret.turnId;
  }

  setSpeaker(turnId: string, speakerId: string | null): void {
    const state = this.states.get(turnId);
    if (state) this.change(ops.withTurn(state, { speakerId }));
  }

  /** Marks a turn of an automatic transcript as read, without changing it. */
  confirm(turnId: string): void {
    const state = this.states.get(turnId);
    if (state?.turn.unchecked) this.change(ops.confirmed(state));
  }

  /** The participants who speak, in the order they first do; the same array until that changes. */
  speakers(): readonly string[] {
    const seen = new Set<string>();
    for (const id of this.ids) {
      const speaker = this.states.get(id)!.turn.speakerId;
      if (speaker !== null) seen.add(speaker);
    }
    return (this.speakerIds = stableList(this.speakerIds, [...seen]));
  }

  /** The turns of an automatic transcript nobody has read yet, in order; the same array until that changes. */
  unchecked(): readonly string[] {
    return (this.uncheckedIds = stableList(this.uncheckedIds, this.ids.filter((id) => this.states.get(id)!.turn.unchecked)));
  }

  setTimestamp(turnId: string, timestamp: number | null): void {
    const state = this.states.get(turnId);
    if (state) this.change(ops.withTurn(state, { timestamp }));
  }

  applyCode(turnId: string, coding: NewCoding): string | null {
    const state = this.states.get(turnId);
    if (!state || this.readOnly) return null;
    const { changes, segmentId } = ops.applyCode(state, coding);
    this.change(changes);
    return segmentId;
  }

  private changeSegment(segmentId: string, change: (s: SegmentRow) => SegmentRow | null): void {
    const state = this.turnOfSegment(segmentId);
    if (state) this.change(ops.withSegment(state, segmentId, change));
  }

  removeCode(segmentId: string, code: string): void {
    this.changeSegment(segmentId, (s) => ({ ...s, codes: s.codes.filter((c) => c !== code) }));
  }

  setSegmentType(segmentId: string, assistantType: string | null): void {
    this.changeSegment(segmentId, (s) => ({ ...s, assistantType }));
  }

  setSegmentMemo(segmentId: string, memo: string): void {
    this.changeSegment(segmentId, (s) => ({ ...s, memo }));
  }

  setSegmentSpan(segmentId: string, start: number, end: number): boolean {
    const state = this.turnOfSegment(segmentId);
    return this.change(state ? ops.spanned(state, segmentId, start, end) : null);
  }

  /** The session's segments of coder `from` given to `to`, as one step. */
  renameCoder(from: string, to: string): void {
    this.change(ops.renamedCoder(this, from, to));
  }

  replaceAll(query: string, replacement: string, matchCase: boolean): number {
    const { changes, count } = ops.replaceEverywhere(this, query, replacement, matchCase);
    this.change(changes);
    return count;
  }

  /** The whole session replaced by other turns (an import, a version restored), as one step of the history. */
  replaceSession(turns: readonly TurnRow[], segments: readonly SegmentRow[]): void {
    this.change(ops.replaceSession(this, turns, segments), null);
  }

  /** A step of the history was recorded: a shared session holds where its text went. */
  private recorded(step: Step): void {
    this.link?.held(step, 'after');
  }

  /**
   * Turns as the shared session's document now has them (a teammate's edit): applied and
   * written behind like any change, but not sent back and not a step of this store's
   * history. Keys typed after it in a turn it touched start a step of their own.
   */
  applyFromDocument(changes: Changes): void {
    if (changes.size === 0) return;
    for (const id of changes.keys()) {
      const shown = this.states.get(id);
      if (!shown) continue;
      const revisions = this.beforeDocument.get(id) ?? new Map<number, TurnState>();
      revisions.set(shown.turn.rev, shown);
      // An editor redraws within a frame; a few revisions back is plenty.
      if (revisions.size > 8) revisions.delete(revisions.keys().next().value!);
      this.beforeDocument.set(id, revisions);
    }
    this.commit(changes, false, true);
    this.history.sealIn(changes.keys());
    this.notify();
  }

  // ---- undo ----

  undo(): boolean {
    if (this.link) return this.takeBack(this.link, 'before');
    return this.step(this.history.takeUndo(), 'before');
  }

  redo(): boolean {
    if (this.link) return this.takeBack(this.link, 'after');
    return this.step(this.history.takeRedo(), 'after');
  }

  /** One's own step undone (`before`) or redone (`after`) in a shared session, onto the session as it is now. */
  private takeBack(link: SessionLink, side: Side): boolean {
    const step = side === 'before' ? this.history.nextUndo() : this.history.nextRedo();
    if (!step || this.readOnly) return false;
    const target = link.takeBack(step, side);
    if (target === null) return (this.onStepTaken(), false);
    if (side === 'before') this.history.takeUndo();
    else this.history.takeRedo();
    const caret = this.caretAfterStep(target);
    this.commit(target, false);
    link.held(step, side);
    this.history.seal();
    this.placeCaret(caret);
    this.notify();
    return true;
  }

  private step(step: Step | undefined, side: 'before' | 'after'): boolean {
    if (!step || this.readOnly) return false;
    const target = step[side];
    const caret = this.caretAfterStep(target);
    this.commit(target, false);
    this.history.seal();
    this.placeCaret(caret);
    this.notify();
    return true;
  }

  /** Where the caret goes after undo or redo: in the first turn that comes back, where its text first differs. */
  private caretAfterStep(target: Changes): Caret | null {
    const present = [...target.values()].filter((s): s is TurnState => s !== null).sort((a, b) => a.turn.order - b.turn.order);
    const first = present[0];
    if (!first) return null;
    const current = this.states.get(first.turn.id)?.turn.text ?? '';
    const text = first.turn.text;
    let at = 0;
    while (at < text.length && at < current.length && text[at] === current[at]) at++;
    const fromEnd = current.length - at;
    return { turnId: first.turn.id, offset: current === text ? text.length : Math.max(at, text.length - fromEnd) };
  }

  // ---- the caret ----

  private placeCaret(caret: Caret | null): void {
    this.focusState = caret ? { active: caret.turnId, caret } : { active: this.focusState.active, caret: null };
  }

  /** Moves the caret to a turn (a click, an arrow key, a jump); its editor takes it when it mounts. */
  activate = (turnId: string, at: number | 'start' | 'end'): void => {
    const state = this.states.get(turnId);
    if (!state || this.readOnly) return;
    const offset = at === 'start' ? 0 : at === 'end' ? state.turn.text.length : Math.max(0, Math.min(at, state.turn.text.length));
    this.history.seal();
    this.placeCaret({ turnId, offset });
    this.notify();
  };

  /** The live editor of `turnId` takes the waiting caret, if it is there. */
  takeCaret(turnId: string): number | null {
    const { caret } = this.focusState;
    if (!caret || caret.turnId !== turnId) return null;
    this.focusState = { active: turnId, caret: null };
    return caret.offset;
  }

  /** The turn the user works in: where the caret waits, or whose editor is live. */
  currentTurn(): string | null {
    return this.focusState.caret?.turnId ?? this.focusState.active;
  }

  /** Where the waiting caret goes next (an arrow key before the editor is there). */
  moveCaret(caret: Caret): boolean {
    this.placeCaret(caret);
    this.notify();
    return true;
  }

  /**
   * `remove` characters at `at` replaced by `insert`, as a typed key does, for keys that
   * come while no editor is live; the caret follows. One typing step of the history.
   */
  splice(turnId: string, at: number, remove: number, insert: string): boolean {
    const state = this.states.get(turnId);
    if (!state || this.readOnly) return false;
    const { before, after } = this.commit(new Map([[turnId, ops.spliced(state, at, remove, insert)]]), false);
    this.recorded(this.history.record(before, after, turnId, this.now()));
    return this.moveCaret({ turnId, offset: at + insert.length });
  }

  /** `text` put in at `at` as a step of its own (a time mark), so Ctrl+Z takes back just it; the caret goes after it. */
  insertText(turnId: string, at: number, text: string): boolean {
    const state = this.states.get(turnId);
    if (!state) return false;
    return this.change(new Map([[turnId, ops.spliced(state, at, 0, text)]]), { turnId, offset: at + text.length });
  }

  // ---- writing behind ----

  private rowsOf(turnIds: Iterable<string>, segmentIds: Iterable<string>): SessionBatch {
    const batch: SessionBatch = { turns: [], deletedTurnIds: [], segments: [], deletedSegmentIds: [] };
    for (const id of turnIds) {
      const state = this.states.get(id);
      if (state) batch.turns.push(state.turn);
      else batch.deletedTurnIds.push(id);
    }
    for (const id of segmentIds) {
      const segment = this.turnOfSegment(id)?.segments.find((s) => s.id === id);
      if (segment) batch.segments.push(segment);
      else batch.deletedSegmentIds.push(id);
    }
    return batch;
  }

  /** Writes every change not yet written; resolves once all writes so far are stored. */
  flush(): Promise<void> {
    return this.writes.flush();
  }

  /** The page is going away: hands every row not confirmed stored to `writeNow` at once. */
  flushNow(writeNow: (batch: SessionBatch) => void): void {
    this.writes.flushNow(writeNow);
  }
}
