import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { cachedWaveform, keepWaveform, KEPT_WAVEFORMS, waveformSource } from '../../renderer/db/waveforms.ts';

let db: TelaahDb;
afterEach(async () => db?.delete());

const waveform = (n: number) => ({ peaks: Float32Array.from({ length: 40 }, (_, i) => (i % 7) / (7 + n)), perSecond: 20, duration: 2 });

describe('the waveform cache', () => {
  it('files a recording by its path, or by name and size when the app stores it', () => {
    expect(waveformSource({ sessionId: 's', name: 'fgd.mp3', path: '/data/fgd.mp3' })).toBe('/data/fgd.mp3');
    const stored = { sessionId: 's', name: 'fgd.mp3', blob: new Blob([new Uint8Array(10)]) };
    expect(waveformSource(stored)).not.toBe(waveformSource({ ...stored, blob: new Blob([new Uint8Array(11)]) }));
  });

  it('gives back the peaks it kept, exactly, and nothing for a recording it has not seen', async () => {
    db = new TelaahDb(`waveforms-${Math.random()}`);
    await keepWaveform(db, 'a', waveform(0));
    expect(await cachedWaveform(db, 'a')).toEqual(waveform(0));
    expect(await cachedWaveform(db, 'b')).toBeNull();
  });

  it('keeps the most recently used recordings and drops the rest', async () => {
    db = new TelaahDb(`waveforms-${Math.random()}`);
    for (let i = 0; i < KEPT_WAVEFORMS; i++) await keepWaveform(db, `r${i}`, waveform(i));
    // r0 is opened again, so r1 is the least recently used when one more comes.
    await new Promise((r) => setTimeout(r, 5));
    await cachedWaveform(db, 'r0');
    await new Promise((r) => setTimeout(r, 5));
    await keepWaveform(db, 'new', waveform(99));
    expect(await db.waveforms.count()).toBe(KEPT_WAVEFORMS);
    expect(await cachedWaveform(db, 'r0')).not.toBeNull();
    expect(await cachedWaveform(db, 'r1')).toBeNull();
    expect(await cachedWaveform(db, 'new')).not.toBeNull();
  });
});
