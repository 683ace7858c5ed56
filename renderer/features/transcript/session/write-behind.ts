/**
 * Writing a session behind the user: the ids of turns and segments a change touched are
 * marked, and their rows as they are then are written at most WRITE_EVERY_MS later (a
 * throttle: typing that never pauses is still written), again and again while changes
 * come. A failed write (a full disk, say) keeps its ids and is tried again every second,
 * so the work stays in memory and is stored as soon as there is room. When the page goes away, every row not
 * yet confirmed stored is handed over at once. Rows are whole, so writing one twice is
 * harmless.
 */
import type { SessionBatch } from '../../../db/session-rows.ts';

export type SessionWriter = (batch: SessionBatch) => Promise<void>;

/** At most this long between a change and the start of its write. */
export const WRITE_EVERY_MS = 50;
const RETRY_MS = 1000;

interface Ids {
  turnIds: string[];
  segmentIds: string[];
}

export class WriteBehind {
  private dirtyTurns = new Set<string>();
  private dirtySegments = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastWrite: Promise<void> = Promise.resolve();
  /** The ids of writes started and not yet confirmed stored. */
  private unconfirmed = new Set<Ids>();
  private failed = false;

  constructor(
    private readonly write: SessionWriter,
    /** The rows of these ids as they are now: puts for those that exist, deletes for the rest. */
    private readonly rowsOf: (turnIds: Iterable<string>, segmentIds: Iterable<string>) => SessionBatch,
    private readonly onPending: (pending: boolean) => void,
  ) {}

  touched(turnIds: Iterable<string>, segmentIds: Iterable<string>): void {
    for (const id of turnIds) this.dirtyTurns.add(id);
    for (const id of segmentIds) this.dirtySegments.add(id);
    this.schedule();
  }

  private schedule(): void {
    this.onPending(true);
    // A write that fails is tried again; its failure is already reported by the writer.
    this.timer ??= setTimeout(() => void this.flush().catch(() => {}), this.failed ? RETRY_MS : WRITE_EVERY_MS);
  }

  /**
   * Writes every change not yet written; resolves once all writes so far are stored, and
   * rejects with the storage's error when they could not be (the rows stay to be written
   * again, so nothing is lost while the page is open; the writer reports the failure).
   */
  flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.dirtyTurns.size === 0 && this.dirtySegments.size === 0) return this.lastWrite;
    const ids: Ids = { turnIds: [...this.dirtyTurns], segmentIds: [...this.dirtySegments] };
    const batch = this.rowsOf(ids.turnIds, ids.segmentIds);
    this.unconfirmed.add(ids);
    this.dirtyTurns.clear();
    this.dirtySegments.clear();
    this.onPending(false);
    const written = this.write(batch).then(
      () => void (this.failed = false),
      (error: unknown) => {
        // Storage refused the write: keep the rows to write again, and say so to whoever waits.
        this.failed = true;
        this.touched(ids.turnIds, ids.segmentIds);
        throw error;
      },
    );
    void written.finally(() => this.unconfirmed.delete(ids)).catch(() => {});
    this.lastWrite = written;
    return written;
  }

  /**
   * The page is going away: every row not yet confirmed stored (waiting, or in a write
   * still in flight) is handed at once to `writeNow`, which must issue its writes before
   * it returns, since no later task of this page may run.
   */
  flushNow(writeNow: (batch: SessionBatch) => void): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const turnIds = new Set(this.dirtyTurns);
    const segmentIds = new Set(this.dirtySegments);
    for (const ids of this.unconfirmed) {
      for (const id of ids.turnIds) turnIds.add(id);
      for (const id of ids.segmentIds) segmentIds.add(id);
    }
    if (turnIds.size === 0 && segmentIds.size === 0) return;
    writeNow(this.rowsOf(turnIds, segmentIds));
    this.dirtyTurns.clear();
    this.dirtySegments.clear();
  }
}
