/**
 * Where a session's recording was and how fast it played, kept on this device so that
 * switching screens or reloading picks up at the same second and speed.
 */
import { localValue } from '../../../local-store.ts';

interface Playback {
  time: number;
  rate: number;
}

const parse = (stored: unknown): Playback | null => {
  const o = stored as Record<string, unknown> | null;
  return o && typeof o.time === 'number' && Number.isFinite(o.time) && o.time >= 0 && typeof o.rate === 'number' && o.rate >= 0.5 && o.rate <= 2 ? { time: o.time, rate: o.rate } : null;
};

/** How often, at most, the position is written while the recording plays. */
const WRITE_EVERY_MS = 2000;

/** Brings `element` back to where this session's recording was, and keeps noting it; returns the stop. */
export function rememberPlayback(element: HTMLMediaElement, sessionId: string): () => void {
  const stored = localValue(`telaah.player.${sessionId}`, parse);
  let last = 0;
  const restore = () => {
    const kept = stored.get();
    if (!kept) return;
    element.playbackRate = kept.rate;
    if (kept.time > 0 && (!Number.isFinite(element.duration) || kept.time < element.duration)) element.currentTime = kept.time;
  };
  const write = () => {
    last = Date.now();
    stored.set({ time: element.currentTime, rate: element.playbackRate });
  };
  const whilePlaying = () => {
    if (Date.now() - last >= WRITE_EVERY_MS) write();
  };
  if (element.readyState >= 1) restore();
  element.addEventListener('loadedmetadata', restore);
  const noted = ['pause', 'seeked', 'ratechange'];
  noted.forEach((e) => element.addEventListener(e, write));
  element.addEventListener('timeupdate', whilePlaying);
  window.addEventListener('pagehide', write);
  return () => {
    if (element.readyState >= 1) write();
    element.removeEventListener('loadedmetadata', restore);
    noted.forEach((e) => element.removeEventListener(e, write));
    element.removeEventListener('timeupdate', whilePlaying);
    window.removeEventListener('pagehide', write);
  };
}
