/**
 * A shared session as a Yjs document: the truth its team's copies converge to.
 *
 * - `turns`: turn id → a map of the turn's fields, its text a `Y.Text`, so two people
 *   typing in one turn keep both texts, character by character.
 * - `segments`: segment id → a map of the segment's fields, its span two relative
 *   positions in its turn's text, so it follows its words whatever is typed around them.
 *
 * The app changes a session by whole turns (the session store's changes: each touched
 * turn as it is after, or null when it goes); `writeTurns` turns such a change into the
 * smallest edits of the document, in one transaction. `readTurn` derives a turn and its
 * segments back, as every screen reads them.
 */
import * as Y from 'yjs';
import type { Segment, Turn } from '../model.ts';
import { wellFormed } from '../text-clean.ts';
import { changedStretch, inSessionOrder } from '../turn-edit.ts';
import type { TimedWord } from '../words.ts';

/** A turn with its coded segments, as the app holds it. */
export interface TurnContent {
  turn: Turn;
  segments: readonly Segment[];
}

type Field = string | number | boolean | null | readonly TimedWord[] | readonly string[] | Uint8Array | Y.Text;
type FieldMap = Y.Map<Field>;

export const turnsOf = (doc: Y.Doc): Y.Map<FieldMap> => doc.getMap<FieldMap>('turns');
export const segmentsOf = (doc: Y.Doc): Y.Map<FieldMap> => doc.getMap<FieldMap>('segments');

/** Sets a field only when it differs, so an unchanged field makes no update and overrides no one. */
function put(map: FieldMap, key: string, value: Field | undefined): void {
  if (value === undefined) {
    if (map.has(key)) map.delete(key);
    return;
  }
  const current = map.get(key);
  if (current === value) return;
  if (Array.isArray(value) && JSON.stringify(current) === JSON.stringify(value)) return;
  if (value instanceof Uint8Array && current instanceof Uint8Array && current.length === value.length && current.every((b, i) => b === value[i])) return;
  map.set(key, value);
}

/** The text changed to `next` by one deletion and one insertion where the two differ. */
export function replaceText(text: Y.Text, next: string): void {
  const old = text.toString();
  if (old === next) return;
  const { head, tail } = changedStretch(old, next);
  const removed = old.length - head - tail;
  if (removed > 0) text.delete(head, removed);
  const inserted = next.slice(head, next.length - tail);
  if (inserted) text.insert(head, inserted);
}

/** A stretch of a turn's text held by its ends, so it is found again after others typed around it. */
export interface Stretch {
  start: Uint8Array;
  end: Uint8Array;
}

/**
 * Holds the stretch from `from` to `to` of a turn's text: its first character and its last
 * (an empty stretch: the character after it), so text typed by others just before or just
 * after it stays outside it.
 */
export function holdStretch(doc: Y.Doc, turnId: string, from: number, to: number): Stretch | null {
  const map = turnsOf(doc).get(turnId);
  const text = map ? textOf(map) : null;
  if (!text) return null;
  const start = Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, from, 0));
  return { start, end: to > from ? Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, to, -1)) : start };
}

/** Where a held stretch is now in its turn's text; null when the turn or the stretch is gone. */
export function findStretch(doc: Y.Doc, turnId: string, stretch: Stretch): { from: number; to: number } | null {
  const map = turnsOf(doc).get(turnId);
  const text = map ? textOf(map) : null;
  if (!text) return null;
  const from = offsetOf(doc, text, stretch.start);
  const to = offsetOf(doc, text, stretch.end);
  return from === null || to === null ? null : { from, to: Math.max(from, to) };
}

/** A segment's ends anchored to its words: the start to the word after it, the end to the word before it. */
function anchors(text: Y.Text, start: number, end: number): { start: Uint8Array; end: Uint8Array } {
  return {
    start: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, start, 0)),
    end: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, end, -1)),
  };
}

/**
 * Where an anchor is now in its text, or null when it no longer points into it. Read
 * without following undone deletions (which only a copy that undid with Yjs's own undo
 * would know of), so every copy derives the same span.
 */
function offsetOf(doc: Y.Doc, text: Y.Text, anchor: Field | undefined): number | null {
  if (!(anchor instanceof Uint8Array)) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(Y.decodeRelativePosition(anchor), doc, false);
  return absolute && absolute.type === text ? absolute.index : null;
}

function textOf(turn: FieldMap): Y.Text | null {
  const text = turn.get('text');
  return text instanceof Y.Text ? text : null;
}

function writeTurnFields(map: FieldMap, turn: Turn): void {
  put(map, 'order', turn.order);
  put(map, 'speakerId', turn.speakerId);
  put(map, 'timestamp', turn.timestamp);
  put(map, 'unchecked', turn.unchecked ? true : undefined);
  put(map, 'words', turn.words && turn.words.length > 0 ? turn.words : undefined);
}

function writeSegment(doc: Y.Doc, segments: Y.Map<FieldMap>, text: Y.Text, segment: Segment): void {
  let map = segments.get(segment.id);
  if (!map) {
    map = new Y.Map<Field>();
    segments.set(segment.id, map);
  }
  put(map, 'turnId', segment.turnId);
  put(map, 'codes', segment.codes);
  put(map, 'assistantType', segment.assistantType);
  put(map, 'coder', segment.coder);
  put(map, 'memo', segment.memo);
  put(map, 'createdAt', segment.createdAt);
  const start = offsetOf(doc, text, map.get('start'));
  const end = offsetOf(doc, text, map.get('end'));
  if (start !== segment.start || end !== segment.end) {
    const at = anchors(text, segment.start, segment.end);
    map.set('start', at.start);
    map.set('end', at.end);
  }
}

/**
 * Writes a change of whole turns into the document as one transaction with `origin`:
 * each turn's text by its differing stretch only, its fields where they changed, its
 * segments re-anchored only where their derived span is not the one wanted. A turn
 * changed to null goes, with the segments that were in it and are not elsewhere now.
 */
export function writeTurns(doc: Y.Doc, changes: ReadonlyMap<string, TurnContent | null>, origin: unknown): void {
  const turns = turnsOf(doc);
  const segments = segmentsOf(doc);
  doc.transact(() => {
    const placed = new Set<string>();
    for (const content of changes.values()) for (const s of content?.segments ?? []) placed.add(s.id);
    for (const [turnId, content] of changes) {
      if (content !== null) continue;
      turns.delete(turnId);
      for (const [segmentId, map] of segments) if (map.get('turnId') === turnId && !placed.has(segmentId)) segments.delete(segmentId);
    }
    for (const content of changes.values()) {
      if (content === null) continue;
      let map = turns.get(content.turn.id);
      if (!map) {
        map = new Y.Map<Field>();
        map.set('text', new Y.Text());
        turns.set(content.turn.id, map);
      }
      writeTurnFields(map, content.turn);
      // A caret never stands inside a surrogate pair; should an edit still cut one, every copy gets what UTF-8 carries of it.
      replaceText(textOf(map)!, wellFormed(content.turn.text));
    }
    for (const content of changes.values()) {
      if (content === null) continue;
      const text = textOf(turns.get(content.turn.id)!)!;
      const kept = new Set(content.segments.map((s) => s.id));
      for (const segment of content.segments) writeSegment(doc, segments, text, segment);
      for (const [segmentId, map] of segments) if (map.get('turnId') === content.turn.id && !kept.has(segmentId)) segments.delete(segmentId);
    }
  }, origin);
}

const asString = (value: Field | undefined, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const asNullableString = (value: Field | undefined): string | null => (typeof value === 'string' ? value : null);
const asNumber = (value: Field | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The ids of each turn's segments, read once for many turns. */
export function segmentsByTurn(doc: Y.Doc): Map<string, string[]> {
  const byTurn = new Map<string, string[]>();
  for (const [segmentId, map] of segmentsOf(doc)) {
    const turnId = asString(map.get('turnId'));
    byTurn.set(turnId, [...(byTurn.get(turnId) ?? []), segmentId]);
  }
  return byTurn;
}

/** A turn and its segments as the document holds them now; null when the turn is not there. */
export function readTurn(doc: Y.Doc, sessionId: string, turnId: string, segmentIds: readonly string[] = segmentsByTurn(doc).get(turnId) ?? []): TurnContent | null {
  const map = turnsOf(doc).get(turnId);
  const ytext = map ? textOf(map) : null;
  if (!map || !ytext) return null;
  const text = ytext.toString();
  const turn: Turn = { id: turnId, sessionId, order: asNumber(map.get('order')) ?? 0, speakerId: asNullableString(map.get('speakerId')), timestamp: asNumber(map.get('timestamp')), text };
  if (map.get('unchecked') === true) turn.unchecked = true;
  const words = map.get('words');
  if (Array.isArray(words) && words.length > 0) turn.words = [...(words as TimedWord[])];
  const segments: Segment[] = [];
  for (const segmentId of segmentIds) {
    const s = segmentsOf(doc).get(segmentId);
    if (!s) continue;
    const start = offsetOf(doc, ytext, s.get('start'));
    const end = offsetOf(doc, ytext, s.get('end'));
    const codes = s.get('codes');
    // A segment whose words were all deleted (by anyone) is gone from what screens show.
    if (start === null || end === null || end <= start || !Array.isArray(codes) || codes.length === 0) continue;
    segments.push({
      id: segmentId,
      sessionId,
      turnId,
      start,
      end,
      text: text.slice(start, end),
      codes: [...(codes as string[])],
      assistantType: asNullableString(s.get('assistantType')),
      coder: asString(s.get('coder')),
      memo: asString(s.get('memo')),
      createdAt: asString(s.get('createdAt')),
    });
  }
  segments.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  return { turn, segments };
}

/** The whole session as the document holds it: turns in order, then their segments. */
export function readSession(doc: Y.Doc, sessionId: string): { turns: Turn[]; segments: Segment[] } {
  const byTurn = segmentsByTurn(doc);
  const contents = [...turnsOf(doc).keys()].map((id) => readTurn(doc, sessionId, id, byTurn.get(id) ?? [])!).sort((a, b) => inSessionOrder(a.turn, b.turn));
  return { turns: contents.map((c) => c.turn), segments: contents.flatMap((c) => c.segments) };
}

/**
 * The turns a set of document events touched: turns added, removed or edited, and for
 * each segment changed the turn it is in now and the one it was in (`homeOf`, what the
 * reader held before). A turn gone takes its text with it, and a segment elsewhere may
 * have been anchored in that text (moved there by someone who had not seen it go): then
 * every turn holding segments is read again.
 */
export function touchedTurns(doc: Y.Doc, events: readonly Y.YEvent<Y.AbstractType<unknown>>[], homeOf: (segmentId: string) => string | undefined): Set<string> {
  const touched = new Set<string>();
  const turns = turnsOf(doc);
  const segments = segmentsOf(doc);
  let turnGone = false;
  const segment = (segmentId: string) => {
    const now = segments.get(segmentId)?.get('turnId');
    if (typeof now === 'string') touched.add(now);
    const before = homeOf(segmentId);
    if (before !== undefined) touched.add(before);
  };
  for (const event of events) {
    const root = event.currentTarget;
    const path = event.path;
    if (root === turns) {
      if (path.length > 0) touched.add(String(path[0]));
      else
        for (const [key, change] of event.changes.keys) {
          touched.add(key);
          if (change.action === 'delete') turnGone = true;
        }
    } else if (root === segments) {
      if (path.length === 0) for (const key of event.changes.keys.keys()) segment(key);
      else segment(String(path[0]));
    }
  }
  if (turnGone) for (const segmentId of segments.keys()) segment(segmentId);
  return touched;
}
