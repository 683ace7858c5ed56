/**
 * Typing-activated pause, as Express Scribe has it: while the recording plays, a key that
 * types into the transcript pauses it; once no key has come for the set time, it plays on
 * (going back the rewind-on-resume seconds, as every resume does). A recording the user
 * paused stays paused.
 */
import { useEffect, useRef } from 'react';
import type { Player } from './usePlayer.ts';

/** A key press that types or deletes text in a turn. */
function typesInTranscript(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  if (event.key.length !== 1 && event.key !== 'Backspace' && event.key !== 'Delete' && event.key !== 'Enter') return false;
  return event.target instanceof Element && event.target.closest('.turn-text') !== null;
}

export function useTypingPause(player: Player, enabled: boolean, resumeSeconds: number): void {
  const latest = useRef(player);
  latest.current = player;
  useEffect(() => {
    if (!enabled) return;
    let pausedByTyping = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    // The element's own state, never the rendered one: a pause the user made a moment ago may not be drawn yet.
    const playing = () => latest.current.element?.paused === false;
    const onKey = (event: KeyboardEvent) => {
      if (!typesInTranscript(event)) return;
      if (playing()) {
        pausedByTyping = true;
        latest.current.pause();
      }
      if (!pausedByTyping) return;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        pausedByTyping = false;
        // Played on only if nobody started it meanwhile (play() rewinds, as every resume does).
        if (!playing()) latest.current.play();
      }, resumeSeconds * 1000);
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      if (timer !== null) clearTimeout(timer);
    };
  }, [enabled, resumeSeconds]);
}
