/**
 * The recording's waveform under the player (wavesurfer.js over the player's own media
 * element): where playback is, pauses visible as flat stretches, a click or a drag to go
 * anywhere. It shows the whole recording or a window that follows playback. The seek bar
 * above does the same from the keyboard.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import WaveSurfer from 'wavesurfer.js';
import type { MediaRow } from '../../../db/schema.ts';
import { useT } from '../../../i18n/context.tsx';
import type { Player } from './usePlayer.ts';
import { useWaveform } from './useWaveform.ts';

/** Seconds the waveform shows at once; 0 is the whole recording. */
const WINDOWS = [0, 120, 30] as const;
type WindowSeconds = (typeof WINDOWS)[number];

export function Waveform({ media, url, player }: { media: MediaRow; url: string; player: Player }) {
  const t = useT();
  const state = useWaveform(media, url);
  const box = useRef<HTMLDivElement>(null);
  const surfer = useRef<WaveSurfer | null>(null);
  const [span, setSpan] = useState<WindowSeconds>(120);
  const { element } = player;
  const waveform = state.status === 'ready' ? state.waveform : null;
  // Zooming needs the peaks loaded into wavesurfer, which comes a moment after it is created.
  const loaded = useRef(false);
  const zoomTo = useCallback((seconds: WindowSeconds) => {
    const width = box.current?.clientWidth ?? 0;
    if (surfer.current && loaded.current) surfer.current.zoom(seconds === 0 || width === 0 ? 0 : width / seconds);
  }, []);
  const spanNow = useRef(span);
  spanNow.current = span;

  useEffect(() => {
    if (!element || !waveform || !box.current) return;
    const ws = WaveSurfer.create({
      container: box.current,
      media: element,
      peaks: [waveform.peaks],
      duration: waveform.duration,
      height: 56,
      waveColor: '#93aab0',
      progressColor: '#0e7490',
      cursorColor: '#b45309',
      cursorWidth: 2,
      normalize: true,
      dragToSeek: true,
      autoScroll: true,
      autoCenter: true,
    });
    surfer.current = ws;
    ws.on('decode', () => {
      loaded.current = true;
      zoomTo(spanNow.current);
    });
    return () => {
      surfer.current = null;
      loaded.current = false;
      ws.destroy();
    };
  }, [element, waveform, zoomTo]);

  useEffect(() => zoomTo(span), [span, zoomTo]);

  return (
    <div className="waveform" data-testid="waveform" data-state={state.status}>
      <div ref={box} className="waveform-box" role="img" aria-label={t('waveform.label')} title={t('waveform.hint')} />
      {state.status === 'working' && <p className="waveform-note muted">{t('waveform.working')}</p>}
      {state.status === 'failed' && <p className="waveform-note muted">{t('waveform.failed', { message: state.message })}</p>}
      <label className="inline-field waveform-span">
        {t('waveform.span')}
        <select value={span} onChange={(e) => setSpan(Number(e.target.value) as WindowSeconds)} disabled={!waveform}>
          {WINDOWS.map((w) => (
            <option key={w} value={w}>
              {w === 0 ? t('waveform.whole') : t('waveform.seconds', { n: w })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
