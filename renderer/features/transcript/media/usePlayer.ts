/**
 * The media player's state and actions over one <audio>/<video> element: play/pause with
 * rewind-on-resume, skip, seek, speed (0.5×–2× in 0.1 steps) and volume. The element's
 * own events keep the state true whatever changed it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { rememberPlayback } from './player-memory.ts';

export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

export interface PlayerState {
  time: number;
  duration: number;
  paused: boolean;
  rate: number;
  volume: number;
}

export interface Player extends PlayerState {
  ref: (element: HTMLMediaElement | null) => void;
  /** The recording's element once it is on the page (the waveform follows it). */
  element: HTMLMediaElement | null;
  ready: boolean;
  toggle(): void;
  /** Plays, going back the rewind-on-resume seconds first, as every resume does; nothing if playing. */
  play(): void;
  pause(): void;
  skip(seconds: number): void;
  seek(seconds: number): void;
  /** Seeks and plays from there, with no rewind: a time mark or a word was chosen. */
  playFrom(seconds: number): void;
  currentTime(): number;
  setRate(rate: number): void;
  stepRate(direction: -1 | 1): void;
  setVolume(volume: number): void;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** `sessionId`: the session whose recording this is; its place and speed are remembered (player-memory.ts). */
export function usePlayer(rewindSeconds: number, sessionId?: string): Player {
  const [element, setElement] = useState<HTMLMediaElement | null>(null);
  const [state, setState] = useState<PlayerState>({ time: 0, duration: 0, paused: true, rate: 1, volume: 1 });
  const rewind = useRef(rewindSeconds);
  rewind.current = rewindSeconds;

  useEffect(() => {
    if (!element) return;
    const sync = () =>
      setState({
        time: element.currentTime,
        duration: Number.isFinite(element.duration) ? element.duration : 0,
        paused: element.paused,
        rate: element.playbackRate,
        volume: element.volume,
      });
    const events = ['timeupdate', 'durationchange', 'loadedmetadata', 'play', 'pause', 'ratechange', 'volumechange', 'seeked', 'emptied'];
    events.forEach((e) => element.addEventListener(e, sync));
    const forget = sessionId ? rememberPlayback(element, sessionId) : undefined;
    sync();
    return () => {
      forget?.();
      events.forEach((e) => element.removeEventListener(e, sync));
    };
  }, [element, sessionId]);

  const seek = useCallback(
    (seconds: number) => {
      if (!element) return;
      const end = Number.isFinite(element.duration) ? element.duration : Infinity;
      element.currentTime = Math.max(0, Math.min(end, seconds));
    },
    [element],
  );

  const play = useCallback(() => {
    if (!element || !element.paused) return;
    if (element.currentTime > 0 && rewind.current > 0) element.currentTime = Math.max(0, element.currentTime - rewind.current);
    void element.play();
  }, [element]);
  const pause = useCallback(() => element?.pause(), [element]);
  const toggle = useCallback(() => (element?.paused ? play() : pause()), [element, play, pause]);

  const setRate = useCallback(
    (rate: number) => {
      if (element) element.playbackRate = Math.min(MAX_RATE, Math.max(MIN_RATE, round1(rate)));
    },
    [element],
  );

  return useMemo(
    () => ({
      ...state,
      ref: setElement,
      element,
      ready: element !== null,
      toggle,
      play,
      pause,
      seek,
      playFrom: (seconds: number) => {
        if (!element) return;
        seek(seconds);
        void element.play();
      },
      skip: (seconds: number) => element && seek(element.currentTime + seconds),
      currentTime: () => element?.currentTime ?? 0,
      setRate,
      stepRate: (direction: -1 | 1) => element && setRate(element.playbackRate + direction * 0.1),
      setVolume: (volume: number) => {
        if (element) element.volume = Math.min(1, Math.max(0, volume));
      },
    }),
    [state, element, toggle, play, pause, seek, setRate],
  );
}
