/**
 * Replays the typing journal that earlier versions kept in localStorage (an edit of a
 * turn per key, removed once stored), so text they left behind after a closed window
 * is stored on the first start of this version. Replay is idempotent: each edit is the
 * turn's whole text. Typing is now written behind into IndexedDB by the session store.
 */
import type { TelaahDb } from './schema.ts';
import { saveTurnEdit, type TurnEdit } from './turns.ts';

const PREFIX = 'telaah.journal.';

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
