/**
 * Tracks writes in flight so the UI can say "Menyimpan…" and then "Tersimpan". Every
 * repository write goes through `tracked`, and a failed write is remembered so the user
 * sees it instead of silently losing work.
 */

export type SaveState = 'saved' | 'saving' | 'failed';

let pending = 0;
let failed = false;
const listeners = new Set<() => void>();

function notify() {
  for (const l of listeners) l();
}

export function saveState(): SaveState {
  return failed ? 'failed' : pending > 0 ? 'saving' : 'saved';
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
    failed = true;
    throw error;
  } finally {
    pending--;
    notify();
  }
}
