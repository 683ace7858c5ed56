/**
 * Tracks writes in flight so the UI can say "Menyimpan…" and then "Tersimpan". Every
 * repository write goes through `tracked`, and a failed write is remembered so the user
 * sees it instead of silently losing work. Only the storage failing counts as a failed
 * write: a change refused for its content (a broken file, a coded session) is shown to
 * the user where they made it, and nothing failed to save.
 */
import Dexie from 'dexie';

export type SaveState = 'saved' | 'saving' | 'failed';

let pending = 0;
let failed = false;
/** Edits typed but not yet handed to the database (an editor waiting for a pause). */
const unsaved = new Set<string>();
const listeners = new Set<() => void>();

function notify() {
  for (const l of listeners) l();
}

export function saveState(): SaveState {
  return failed ? 'failed' : pending > 0 || unsaved.size > 0 ? 'saving' : 'saved';
}

/** Marks an edit as waiting to be written (`true`) or handed over (`false`). */
export function markUnsaved(key: string, waiting: boolean): void {
  const had = unsaved.has(key);
  if (waiting) unsaved.add(key);
  else unsaved.delete(key);
  if (had !== waiting) notify();
}

export function onSaveStateChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function tracked<T>(write: () => Promise<T>): Promise<T> {
  pending++;
  notify();
  try {
    const result = await write();
    failed = false;
    return result;
  } catch (error) {
    if (isStorageFailure(error)) failed = true;
    throw error;
  } finally {
    pending--;
    notify();
  }
}

/** Errors of IndexedDB (as Dexie reports them) or of the browser's storage itself. */
export function isStorageFailure(error: unknown): boolean {
  return error instanceof Dexie.DexieError || error instanceof DOMException;
}
