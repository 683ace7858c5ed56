/**
 * The waveform cache: one row per recording, the most recently used kept. Reading a row
 * marks it used; writing one drops the least recently used beyond the limit.
 */
import type { Waveform } from '../../shared/waveform.ts';
import type { MediaRow, TelaahDb } from './schema.ts';

/** Recordings whose waveforms are kept (a two-hour recording's is about 600 KB). */
export const KEPT_WAVEFORMS = 60;

/** What a recording's waveform is filed under: its path, or its name and size when the app stores it. */
export function waveformSource(media: MediaRow): string {
  return media.path ?? `${media.name}\u0000${media.blob?.size ?? 0}`;
}

export async function cachedWaveform(db: TelaahDb, source: string): Promise<Waveform | null> {
  const row = await db.waveforms.get(source);
  if (!row) return null;
  await db.waveforms.update(source, { usedAt: Date.now() });
  return { peaks: row.peaks, perSecond: row.perSecond, duration: row.duration };
}

export async function keepWaveform(db: TelaahDb, source: string, waveform: Waveform): Promise<void> {
  await db.transaction('rw', db.waveforms, async () => {
    await db.waveforms.put({ source, ...waveform, usedAt: Date.now() });
    const extra = (await db.waveforms.count()) - KEPT_WAVEFORMS;
    if (extra > 0) await db.waveforms.bulkDelete(await db.waveforms.orderBy('usedAt').limit(extra).primaryKeys());
  });
}
