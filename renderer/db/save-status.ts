/**
 * Tracks writes in flight so the UI can say "Menyimpan…" and then "Tersimpan". Every
 * repository write goes through `db.saveStatus.track`, and a failed write is remembered so the user
 * sees it instead of silently losing work. Only the storage failing counts as a failed
 * write: a change refused for its content (a broken file, a coded session) is shown to
 * the user where they made it, and nothing failed to save.
 */
import Dexie from 'dexie';

export type SaveState = 'saved' | 'saving' | 'failed' | 'full';

/** The save state of one database (each `TelaahDb` holds its own, as `db.saveStatus`). */
export class SaveStatus {
  private pending = 0;
  private failed: 'failed' | 'full' | null = null;
  /** Edits typed but not yet handed to the database (an editor waiting for a pause). */
  private readonly unsaved = new Set<string>();
  private readonly listeners = new Set<() => void>();

  private notify() {
    for (const l of this.listeners) l();
  }

  /** 'full' when the disk (or the browser's share of it) had no room for the last write; its work is kept in memory and written again. */
  readonly state = (): SaveState => this.failed ?? (this.pending > 0 || this.unsaved.size > 0 ? 'saving' : 'saved');

  /** Marks an edit as waiting to be written (`true`) or handed over (`false`). */
  markUnsaved(key: string, waiting: boolean): void {
    const had = this.unsaved.has(key);
    if (waiting) this.unsaved.add(key);
    else this.unsaved.delete(key);
    if (had !== waiting) this.notify();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Runs a write, counted as in flight until it settles; a storage failure is remembered. */
  async track<T>(write: () => Promise<T>): Promise<T> {
    this.pending++;
    this.notify();
    try {
      const result = await write();
      this.failed = null;
      return result;
    } catch (error) {
      if (isStorageFailure(error)) this.failed = isStorageFull(error) ? 'full' : 'failed';
      throw error;
    } finally {
      this.pending--;
      this.notify();
    }
  }
}

/** The storage had no room: the browser's quota or the disk itself (Dexie keeps IndexedDB's error as `inner`). */
export function isStorageFull(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e; depth++) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
    e = (e as { inner?: unknown }).inner;
  }
  return false;
}

/** Errors of IndexedDB (as Dexie reports them) or of the browser's storage itself. */
export function isStorageFailure(error: unknown): boolean {
  return error instanceof Dexie.DexieError || error instanceof DOMException;
}
