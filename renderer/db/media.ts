/** The recording attached to a session (one per session; attaching again replaces it). */
import type { AttachedMedia } from '../../shared/api.ts';
import type { MediaRow, TelaahDb } from './schema.ts';

export function attachSessionMedia(db: TelaahDb, sessionId: string, media: AttachedMedia): Promise<void> {
  const row: MediaRow = { sessionId, name: media.name, ...(media.path ? { path: media.path } : {}), ...(media.blob ? { blob: media.blob } : {}) };
  return db.saveStatus.track(async () => void (await db.media.put(row)));
}

export function detachSessionMedia(db: TelaahDb, sessionId: string): Promise<void> {
  return db.saveStatus.track(() => db.media.delete(sessionId));
}
