/**
 * Every change a transcriber or coder makes to a session, as a pure function from the
 * turns it reads to the turns it writes. A change is a map from turn id to the turn's new
 * state (its row and its coded segments), or null when the turn goes away; the session
 * store applies it, records it for undo and writes it behind. Segments never cross turns:
 * they move with their words when text is typed, split, joined or replaced.
 */
import { replaceAll } from '../../../../shared/find-replace.ts';
import { newId } from '../../../../shared/model.ts';
import { orderBetween, relocate, splitTurnText, withSpan, type Span } from '../../../../shared/turn-edit.ts';
import { splitWords, type TimedWord } from '../../../../shared/words.ts';
import type { SegmentRow, TurnRow } from '../../../db/schema.ts';

export interface TurnState {
  turn: TurnRow;
  /** The turn's segments, by start then end. */
  segments: readonly SegmentRow[];
}

export type Changes = Map<string, TurnState | null>;

/** What a change reads: the session's turns in order. */
export interface SessionReader {
  order(): readonly string[];
  get(turnId: string): TurnState | undefined;
}

export interface Caret {
  turnId: string;
  offset: number;
}

export const bySpan = (a: SegmentRow, b: SegmentRow) => a.start - b.start || a.end - b.end;

/** The turn without the mark of an automatic transcript nobody has read. */
function checked(turn: TurnRow): TurnRow {
  if (!turn.unchecked) return turn;
  const { unchecked: _, ...rest } = turn;
  return rest;
}

function withSegments(state: TurnState, text: string, segments: SegmentRow[]): TurnState {
  // An uncoded turn keeps its (empty) list, so views of its segments need not redraw while it is typed in.
  const kept = segments.length === 0 && state.segments.length === 0 ? state.segments : segments.filter((s) => s.end > s.start).sort(bySpan);
  // Text a person changed has been read: an automatic transcript's turn is checked by editing it.
  const turn = text === state.turn.text ? state.turn : checked(state.turn);
  return { turn: { ...turn, text }, segments: kept };
}

/** A turn of an automatic transcript confirmed as read, its text unchanged. */
export function confirmed(state: TurnState): Changes {
  return new Map([[state.turn.id, { ...state, turn: checked(state.turn) }]]);
}

/**
 * What the turn's editor holds now: its text and the spans of the segments it shows.
 * A shown segment without a span lost all its words; a hidden one (another coder's, in
 * blind mode) follows its words, or goes when they are gone.
 */
export function typed(state: TurnState, text: string, spans: readonly Span[], isShown: (s: SegmentRow) => boolean): TurnState {
  const byId = new Map(spans.map((s) => [s.id, s]));
  const segments = state.segments.flatMap((s) => {
    const span = byId.get(s.id);
    if (span) return [withSpan(s, span, text)];
    if (isShown(s)) return [];
    if (text === state.turn.text) return [s];
    const moved = relocate(s, text);
    return moved ? [withSpan(s, moved, text)] : [];
  });
  return withSegments(state, text, segments);
}

/**
 * `remove` characters at `at` replaced by `insert`, for keys typed while no editor is
 * live. Text inserted where a segment ends does not join it; where one starts, it moves it.
 */
export function spliced(state: TurnState, at: number, remove: number, insert: string): TurnState {
  const { text } = state.turn;
  const from = Math.max(0, Math.min(at, text.length));
  const to = Math.min(text.length, from + Math.max(0, remove));
  const next = text.slice(0, from) + insert + text.slice(to);
  const map = (p: number, isEnd: boolean) => {
    if (p < from || (p === from && isEnd && to === from)) return p;
    if (p >= to) return p - (to - from) + insert.length;
    return isEnd ? from : from + insert.length;
  };
  return withSegments(
    state,
    next,
    state.segments.map((s) => withSpan(s, { id: s.id, start: map(s.start, false), end: map(s.end, true) }, next)),
  );
}

/**
 * The order for a turn put after the turn at `index`: between it and the next. Orders are
 * fractions halved at each insertion; when they have run out between two turns, every
 * turn of the session is renumbered 1, 2, 3… first (`renumbered`, to apply with the change).
 */
function orderAfter(session: SessionReader, index: number): { order: number; renumbered: Changes } {
  const ids = session.order();
  const before = session.get(ids[index] ?? '')?.turn.order;
  const after = session.get(ids[index + 1] ?? '')?.turn.order;
  if (before === undefined) return { order: 1, renumbered: new Map() };
  const order = orderBetween(before, after);
  if (order > before && (after === undefined || order < after)) return { order, renumbered: new Map() };
  const renumbered: Changes = new Map(
    ids.map((id, i) => {
      const state = session.get(id)!;
      return [id, { ...state, turn: { ...state.turn, order: i + 1 } }];
    }),
  );
  return { order: index + 1.5, renumbered };
}

/** A turn row with `words` as its draft's words (none: no list kept). */
function withWords(turn: TurnRow, words: readonly TimedWord[] | undefined): TurnRow {
  const { words: _, ...rest } = turn;
  return words && words.length > 0 ? { ...rest, words: [...words] } : rest;
}

/** Splits a turn at `offset`: the words after it become a new turn of the same speaker (a draft's timed words going with them). */
export function split(session: SessionReader, turnId: string, offset: number): { changes: Changes; caret: Caret } | null {
  const found = session.get(turnId);
  if (!found) return null;
  const { order, renumbered } = orderAfter(session, session.order().indexOf(turnId));
  const state = renumbered.get(turnId) ?? found;
  const { before, after, keep, move } = splitTurnText(state.turn.text, offset, state.segments);
  const [wordsBefore, wordsAfter] = splitWords(state.turn.text, state.turn.words ?? [], offset);
  const id = newId();
  // The new turn starts where its first heard word does, when the draft says.
  const created: TurnRow = withWords({ ...checked(state.turn), id, order, timestamp: wordsAfter[0]?.start ?? null, text: after, rev: 0 }, wordsAfter);
  const kept: TurnState = { ...state, turn: withWords(state.turn, wordsBefore) };
  const segment = (span: Span, text: string, owner: string) => {
    const s = state.segments.find((x) => x.id === span.id)!;
    return { ...withSpan(s, span, text), turnId: owner };
  };
  const changes: Changes = new Map([
    ...renumbered,
    [turnId, withSegments(kept, before, keep.map((s) => segment(s, before, turnId)))],
    [id, withSegments({ turn: created, segments: [] }, after, move.map((s) => segment(s, after, id)))],
  ]);
  return { changes, caret: { turnId: id, offset: 0 } };
}

/** Joins a turn to the one before it; the caret goes where they meet. */
export function joinWithPrevious(session: SessionReader, turnId: string): { changes: Changes; caret: Caret } | null {
  const order = session.order();
  const state = session.get(turnId);
  const previous = session.get(order[order.indexOf(turnId) - 1] ?? '');
  if (!state || !previous) return null;
  const changes: Changes = new Map([
    [previous.turn.id, joined(previous, state)],
    [turnId, null],
  ]);
  return { changes, caret: { turnId: previous.turn.id, offset: previous.turn.text.length } };
}

/** Two turns as one: the second's text, segments and words after the first's, in the first turn. */
function joined(first: TurnState, second: TurnState): TurnState {
  const offset = first.turn.text.length;
  const moved = second.segments.map((s) => ({ ...s, turnId: first.turn.id, start: s.start + offset, end: s.end + offset }));
  const both: TurnState = { ...first, turn: withWords(first.turn, [...(first.turn.words ?? []), ...(second.turn.words ?? [])]) };
  return withSegments(both, first.turn.text + second.turn.text, [...first.segments, ...moved]);
}

/**
 * Text selected from `from` to `to` (in either order, in one turn or across turns) replaced
 * by `insert`, as a word processor does: the first turn keeps what stands before the
 * selection, then `insert`, then what stands after it in the last turn; the turns between
 * go, with their segments; segments cut by the selection keep their words outside it, and a
 * draft's timed words go with the text they belong to. The caret lands after `insert`.
 */
/** Two carets in transcript order: the one that comes first, then the other. */
export function inTranscriptOrder(order: readonly string[], a: Caret, b: Caret): [Caret, Caret] {
  return [a, b].sort((x, y) => order.indexOf(x.turnId) - order.indexOf(y.turnId) || x.offset - y.offset) as [Caret, Caret];
}

export function replaceRange(session: SessionReader, from: Caret, to: Caret, insert: string): { changes: Changes; caret: Caret } | null {
  const order = session.order();
  const [start, end] = inTranscriptOrder(order, from, to);
  const first = session.get(start.turnId);
  const last = session.get(end.turnId);
  const firstIndex = order.indexOf(start.turnId);
  const lastIndex = order.indexOf(end.turnId);
  if (!first || !last || firstIndex < 0 || lastIndex < 0) return null;
  const caret = { turnId: start.turnId, offset: start.offset + insert.length };
  if (firstIndex === lastIndex) {
    if (start.offset === end.offset && insert === '') return null;
    return { changes: new Map([[start.turnId, spliced(first, start.offset, end.offset - start.offset, insert)]]), caret };
  }
  const head = spliced(first, start.offset, first.turn.text.length - start.offset, insert);
  const tail = spliced(last, 0, end.offset, '');
  const [wordsBefore] = splitWords(first.turn.text, first.turn.words ?? [], start.offset);
  const [, wordsAfter] = splitWords(last.turn.text, last.turn.words ?? [], end.offset);
  const kept = joined({ ...head, turn: withWords(head.turn, wordsBefore) }, { ...tail, turn: withWords(tail.turn, wordsAfter) });
  const changes: Changes = new Map([[start.turnId, kept]]);
  for (const id of order.slice(firstIndex + 1, lastIndex + 1)) changes.set(id, null);
  return { changes, caret };
}

/** A new empty turn after `afterId` (or at the end), with a speaker and a time. */
export function addTurn(session: SessionReader, sessionId: string, afterId: string | null, speakerId: string | null, timestamp: number | null): { changes: Changes; caret: Caret } {
  const ids = session.order();
  const { order, renumbered } = orderAfter(session, afterId === null ? ids.length - 1 : ids.indexOf(afterId));
  const id = newId();
  const turn: TurnRow = { id, sessionId, order, speakerId, timestamp, text: '', rev: 0 };
  return { changes: new Map([...renumbered, [id, { turn, segments: [] }]]), caret: { turnId: id, offset: 0 } };
}

export function withTurn(state: TurnState, patch: Partial<Pick<TurnRow, 'speakerId' | 'timestamp'>>): Changes {
  return new Map([[state.turn.id, { ...state, turn: { ...state.turn, ...patch } }]]);
}

export interface NewCoding {
  studyId: string;
  start: number;
  end: number;
  code: string;
  coder: string;
}

/** Codes a span of a turn: the same words coded again by the same coder gain the code; another coder gets a segment of their own. */
export function applyCode(state: TurnState, coding: NewCoding): { changes: Changes; segmentId: string } {
  const same = state.segments.find((s) => s.start === coding.start && s.end === coding.end && s.coder === coding.coder);
  if (same) {
    const codes = same.codes.includes(coding.code) ? same.codes : [...same.codes, coding.code];
    return { changes: withSegment(state, same.id, (s) => ({ ...s, codes })), segmentId: same.id };
  }
  const segment: SegmentRow = {
    id: newId(),
    studyId: coding.studyId,
    sessionId: state.turn.sessionId,
    turnId: state.turn.id,
    start: coding.start,
    end: coding.end,
    text: state.turn.text.slice(coding.start, coding.end),
    codes: [coding.code],
    assistantType: null,
    coder: coding.coder,
    memo: '',
    createdAt: new Date().toISOString(),
  };
  return { changes: new Map([[state.turn.id, { ...state, segments: [...state.segments, segment].sort(bySpan) }]]), segmentId: segment.id };
}

/** The turn with one segment changed; a segment changed into null (or left without codes) is removed. */
export function withSegment(state: TurnState, segmentId: string, change: (s: SegmentRow) => SegmentRow | null): Changes {
  const segments = state.segments.flatMap((s) => {
    if (s.id !== segmentId) return [s];
    const next = change(s);
    return next && next.codes.length > 0 ? [next] : [];
  });
  return new Map([[state.turn.id, { ...state, segments: segments.sort(bySpan) }]]);
}

/** A segment's new span within its turn; refused (null) when it lies outside the text. */
export function spanned(state: TurnState, segmentId: string, start: number, end: number): Changes | null {
  if (start < 0 || end > state.turn.text.length || start >= end) return null;
  return withSegment(state, segmentId, (s) => withSpan(s, { id: s.id, start, end }, state.turn.text));
}

/** Every segment of coder `from` in the session given to `to` (a coder named after coding). */
export function renamedCoder(session: SessionReader, from: string, to: string): Changes {
  const changes: Changes = new Map();
  for (const id of session.order()) {
    const state = session.get(id)!;
    if (state.segments.some((s) => s.coder === from)) changes.set(id, { ...state, segments: state.segments.map((s) => (s.coder === from ? { ...s, coder: to } : s)) });
  }
  return changes;
}

/** Replaces every match in the session, keeping coded segments on their words. */
export function replaceEverywhere(session: SessionReader, query: string, replacement: string, matchCase: boolean): { changes: Changes; count: number } {
  const changes: Changes = new Map();
  let count = 0;
  for (const id of session.order()) {
    const state = session.get(id)!;
    const replaced = replaceAll(state.turn.text, query, replacement, matchCase);
    if (replaced.count === 0) continue;
    count += replaced.count;
    const segments = state.segments.map((s) => withSpan(s, { id: s.id, start: replaced.mapOffset(s.start, 'start'), end: replaced.mapOffset(s.end, 'end') }, replaced.text));
    changes.set(id, withSegments(state, replaced.text, segments));
  }
  return { changes, count };
}

/** The whole session replaced (an import, a version restored): every turn now there goes, every given turn comes. */
export function replaceSession(session: SessionReader, turns: readonly TurnRow[], segments: readonly SegmentRow[]): Changes {
  const changes: Changes = new Map(session.order().map((id) => [id, null]));
  const byTurn = new Map<string, SegmentRow[]>();
  for (const s of segments) byTurn.set(s.turnId, [...(byTurn.get(s.turnId) ?? []), s]);
  for (const turn of turns) changes.set(turn.id, { turn, segments: (byTurn.get(turn.id) ?? []).sort(bySpan) });
  return changes;
}
