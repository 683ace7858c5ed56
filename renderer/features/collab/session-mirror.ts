/**
 * A shared session nobody has open on this computer, kept in its database: what teammates
 * change in its document is derived into the stored turns and segments a moment later, so
 * the matrix, the tables and search count it. While the session is open in the transcript
 * screen, its store does this instead (session-share.ts) and the mirror pauses.
 */
import type * as Y from 'yjs';
import { readSession } from '../../../shared/collab/session-doc.ts';
import { segmentKey, turnKey } from '../../../shared/collab/turn-content.ts';
import type { TelaahDb } from '../../db/schema.ts';
import { readSessionRows, writeSessionBatch, type SessionBatch } from '../../db/session-rows.ts';

const AFTER_MS = 200;

export class SessionMirror {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private queue: Promise<void> = Promise.resolve();
  private paused = 0;
  private readonly onDocument = () => this.soon();

  constructor(
    private readonly db: TelaahDb,
    private readonly studyId: string,
    private readonly sessionId: string,
    readonly doc: Y.Doc,
    private readonly onError: (error: unknown) => void = (error) => console.error(error),
  ) {
    doc.on('afterTransaction', this.onDocument);
  }

  /** The transcript screen has the session open: its store writes the database meanwhile. */
  pause(): () => void {
    this.paused++;
    return () => {
      this.paused--;
      this.soon();
    };
  }

  private soon(): void {
    if (this.paused > 0 || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.queue = this.queue.then(() => this.project()).catch(this.onError);
    }, AFTER_MS);
  }

  /** Resolves once what the document held when it was last changed is in the database. */
  async settled(): Promise<void> {
    while (this.timer) await new Promise((resolve) => setTimeout(resolve, AFTER_MS));
    await this.queue;
  }

  /** Writes the turns and segments that differ from the database's. */
  async project(): Promise<void> {
    if (this.paused > 0) return;
    const { turns, segments } = readSession(this.doc, this.sessionId);
    const stored = await readSessionRows(this.db, this.sessionId);
    const storedTurns = new Map(stored.turns.map((t) => [t.id, t]));
    const storedSegments = new Map(stored.segments.map((s) => [s.id, s]));
    const batch: SessionBatch = { turns: [], deletedTurnIds: [], segments: [], deletedSegmentIds: [] };
    for (const turn of turns) {
      const was = storedTurns.get(turn.id);
      storedTurns.delete(turn.id);
      if (!was || turnKey(was) !== turnKey(turn)) batch.turns.push({ ...turn, rev: (was?.rev ?? 0) + 1 });
    }
    for (const segment of segments) {
      const was = storedSegments.get(segment.id);
      storedSegments.delete(segment.id);
      if (!was || segmentKey(was) !== segmentKey(segment)) batch.segments.push({ ...segment, studyId: this.studyId });
    }
    batch.deletedTurnIds.push(...storedTurns.keys());
    batch.deletedSegmentIds.push(...storedSegments.keys());
    if (batch.turns.length + batch.segments.length + batch.deletedTurnIds.length + batch.deletedSegmentIds.length > 0) await writeSessionBatch(this.db, batch);
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.doc.off('afterTransaction', this.onDocument);
  }
}
