/**
 * A session recording's waveform: from the cache when it was worked out before (opening a
 * long recording again is instant), otherwise worked out in a worker and kept.
 */
import { useEffect, useState } from 'react';
import type { Waveform } from '../../../../shared/waveform.ts';
import { useDb } from '../../../db/context.tsx';
import type { MediaRow } from '../../../db/schema.ts';
import { cachedWaveform, keepWaveform, waveformSource } from '../../../db/waveforms.ts';
import { computeWaveform } from './compute-waveform.ts';

export type WaveformState = { status: 'working' } | { status: 'ready'; waveform: Waveform } | { status: 'failed'; message: string };

export function useWaveform(media: MediaRow, url: string): WaveformState {
  const db = useDb();
  const [state, setState] = useState<WaveformState>({ status: 'working' });
  useEffect(() => {
    let live = true;
    setState({ status: 'working' });
    const source = waveformSource(media);
    void (async () => {
      const cached = await cachedWaveform(db, source);
      if (cached) return cached;
      const recording = media.blob ?? (await (await fetch(url)).blob());
      const waveform = await computeWaveform(recording, media.name);
      await keepWaveform(db, source, waveform);
      return waveform;
    })().then(
      (waveform) => live && setState({ status: 'ready', waveform }),
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => void (live = false);
  }, [db, media, url]);
  return state;
}
