/**
 * An open session of a shared study, tied to its Yjs document. The session store stays
 * the one place the open session changes: what the user does there is written into the
 * document (one transaction per change, this link as its origin); what arrives in the
 * document from elsewhere is derived back into the store, which shows it and writes it
 * behind like any change.
 *
 * Undo stays the store's history of one's own steps; taking a step back is rebased onto
 * the session as it is now (own-undo.ts) and written as new edits, so it never takes back
 * a teammate's work. (Yjs's own UndoManager revives deleted items, and such items can be
 * placed differently on different copies when edits cross: yjs/yjs#699.)
 */
import * as Y from 'yjs';
import { findStretch, holdStretch, readSession, readTurn, segmentsByTurn, segmentsOf, touchedTurns, turnsOf, writeTurns, type Stretch } from '../../../shared/collab/session-doc.ts';
import type { Segment, Turn } from '../../../shared/model.ts';
import type { SegmentRow, TurnRow } from '../../db/schema.ts';
import { contentKey } from '../../../shared/collab/turn-content.ts';
import { changedStretch } from '../../../shared/turn-edit.ts';
import type { Step } from '../transcript/session/history.ts';
import type { Side, SessionLink, SessionStore } from '../transcript/session/session-store.ts';
import { replaceSession, type Changes, type TurnState } from '../transcript/session/turn-ops.ts';
import { StepTaken, turnBack } from './own-undo.ts';

const rowOf = (turn: Turn): TurnRow => ({ ...turn, rev: 0 });
const other = (side: Side): Side => (side === 'before' ? 'after' : 'before');

export class SessionShare implements SessionLink {
  private readonly observer: (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction) => void;
  private readonly project: () => void;
  /** Turns a transaction from elsewhere touched, gathered from both maps' events, derived once it has ended. */
  private touched = new Set<string>();
  /** For each step, where each side's text went in the document when that side was last written. */
  private readonly stretches = new WeakMap<Step, Record<Side, Map<string, Stretch>>>();
  /** Where taking a step back wrote its text, turn by turn, until the store has written it. */
  private written = new Map<string, { from: number; to: number }>();

  constructor(
    readonly doc: Y.Doc,
    private readonly store: SessionStore,
    private readonly studyId: string,
  ) {
    // Where a segment was is read from the store before anything of the transaction is applied to it.
    this.observer = (events, transaction) => {
      if (transaction.origin === this) return;
      for (const id of touchedTurns(doc, events, (segmentId) => this.store.turnOfSegment(segmentId)?.turn.id)) this.touched.add(id);
    };
    this.project = () => {
      if (this.touched.size === 0) return;
      const touched = this.touched;
      this.touched = new Set();
      this.store.applyFromDocument(this.changesFor(touched));
    };
    this.takeDocument();
    turnsOf(doc).observeDeep(this.observer);
    segmentsOf(doc).observeDeep(this.observer);
    doc.on('afterTransaction', this.project);
    store.link = this;
  }

  /**
   * The store and the document made one: an empty document (a study being shared) takes
   * the session as the store has it; otherwise the store takes the document's turns.
   */
  private takeDocument(): void {
    if (turnsOf(this.doc).size === 0) {
      if (this.store.order().length > 0) writeTurns(this.doc, new Map(this.store.order().map((id) => [id, this.store.get(id)!])), null);
      return;
    }
    const { turns, segments } = readSession(this.doc, this.store.sessionId);
    // Only the turns that differ from what the store read from the database are applied (and written).
    const changes = replaceSession(this.store, turns.map(rowOf), segments.map((s) => this.segmentRow(s)));
    for (const [id, state] of changes) {
      const stored = this.store.get(id);
      if (state && stored && contentKey(state) === contentKey(stored)) changes.delete(id);
    }
    this.store.applyFromDocument(changes);
  }

  private segmentRow(segment: Segment): SegmentRow {
    return { ...segment, studyId: this.studyId };
  }

  /** Each touched turn as the document has it now (null: gone). */
  private changesFor(turnIds: Set<string>): Changes {
    const changes: Changes = new Map();
    const byTurn = segmentsByTurn(this.doc);
    for (const id of turnIds) {
      const content = readTurn(this.doc, this.store.sessionId, id, byTurn.get(id) ?? []);
      const state: TurnState | null = content && { turn: rowOf(content.turn), segments: content.segments.map((s) => this.segmentRow(s)) };
      if (state || this.store.get(id)) changes.set(id, state);
    }
    return changes;
  }

  send(changes: Changes): void {
    writeTurns(this.doc, changes, this);
  }

  /** The step's `side` has just been written: holds where each turn's changed text is, to find it again when the step is taken back. */
  held(step: Step, side: Side): void {
    const sides = this.stretches.get(step) ?? { before: new Map(), after: new Map() };
    this.stretches.set(step, sides);
    const held = new Map<string, Stretch>();
    for (const [turnId, state] of step[side]) {
      const was = step[other(side)].get(turnId);
      if (!state || !was) continue;
      const at = this.written.get(turnId) ?? stretchOf(was.turn.text, state.turn.text);
      const stretch = holdStretch(this.doc, turnId, at.from, at.to);
      if (stretch) held.set(turnId, stretch);
    }
    sides[side] = held;
    this.written = new Map();
  }

  /** The changes that put the step's `side` back onto the session as it is now; null when a teammate's work in a turn the step made stands in the way. */
  takeBack(step: Step, side: Side): Changes | null {
    const changes: Changes = new Map();
    const stretches = this.stretches.get(step)?.[other(side)];
    this.written = new Map();
    try {
      for (const [turnId, want] of step[side]) {
        const stretch = stretches?.get(turnId);
        const back = turnBack({
          want,
          left: step[other(side)].get(turnId) ?? null,
          current: this.store.get(turnId) ?? null,
          written: stretch ? findStretch(this.doc, turnId, stretch) : null,
        });
        if (back === undefined) continue;
        changes.set(turnId, back.state);
        if (back.wrote) this.written.set(turnId, back.wrote);
      }
    } catch (error) {
      if (error instanceof StepTaken) return null;
      throw error;
    }
    return changes;
  }

  /** The session goes back to being changed only here (the document closed, or the study taken offline). */
  destroy(): void {
    turnsOf(this.doc).unobserveDeep(this.observer);
    segmentsOf(this.doc).unobserveDeep(this.observer);
    this.doc.off('afterTransaction', this.project);
    if (this.store.link === this) this.store.link = null;
  }
}

/** The stretch of `next` that differs from `was`. */
function stretchOf(was: string, next: string): { from: number; to: number } {
  const { head, tail } = changedStretch(was, next);
  return { from: head, to: next.length - tail };
}
