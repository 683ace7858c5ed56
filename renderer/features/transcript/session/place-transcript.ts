/**
 * A transcript read from a file or drafted by the speech engine, put in the session as one
 * step of undo (in place of its turns, or after them with their coding kept) and stored.
 * The save status says "Menyimpan…" from the moment it starts until the turns are stored,
 * so "Tersimpan" never shows while an import is still on its way to the database.
 */
import type { TranscriptTurn } from '../../../../shared/formats/transcript-txt.ts';
import type { TelaahDb } from '../../../db/schema.ts';
import { importedTurns } from '../../../db/transcripts.ts';
import type { SessionStore } from './session-store.ts';

export function placeTranscript(db: TelaahDb, store: SessionStore, sessionId: string, turns: TranscriptTurn[], file: string, append: boolean): Promise<void> {
  return db.saveStatus.track(async () => {
    const rows = await importedTurns(db, sessionId, turns, file, store.segments(), append ? store.turns() : null);
    store.replaceSession(rows, append ? store.segments() : []);
    await store.flush();
  });
}
