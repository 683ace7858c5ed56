/**
 * A write-ahead journal for typing. Every edit of a turn is written synchronously to
 * localStorage before the (asynchronous) database write, and removed once the database
 * has it. If the window closes in between, the next start replays the journal, so text
 * typed just before closing is never lost.
 */
import type { TelaahDb } from './schema.ts';
import { saveTurnEdit, type TurnEdit } from './turns.ts';

const PREFIX = 'telaah.journal.';

export function journalEdit(edit: TurnEdit): void {
  try {
    localStorage.setItem(PREFIX + edit.turnId, JSON.stringify(edit));
  } catch {
    // Storage full or unavailable: the database write still follows.
  }
}

/** Forgets a journalled edit once stored, unless a newer one was journalled meanwhile. */
export function settleEdit(edit: TurnEdit): void {
  const key = PREFIX + edit.turnId;
  if (localStorage.getItem(key) === JSON.stringify(edit)) localStorage.removeItem(key);
}

function isEdit(value: unknown): value is TurnEdit {
  const v = value as TurnEdit;
  return typeof v?.turnId === 'string' && typeof v.text === 'string' && Array.isArray(v.spans) && Array.isArray(v.knownIds);
}

/** Stores every edit left in the journal by a window that closed too soon. */
export async function replayJournal(db: TelaahDb, storage: Storage = localStorage): Promise<number> {
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(PREFIX) === true);
  let replayed = 0;
  for (const key of keys) {
    let edit: unknown;
    try {
      edit = JSON.parse(storage.getItem(key) ?? 'null');
    } catch {
      edit = null;
    }
    if (isEdit(edit) && (await db.turns.get(edit.turnId))) {
      await saveTurnEdit(db, edit);
      replayed++;
    }
    storage.removeItem(key);
  }
  return replayed;
}
