/**
 * The foot pedals drive the session's player: rewind and forward skip on the press and go
 * on at four times playing speed while held; the play pedal plays while held (or plays and
 * pauses by turns, as set). Pedals that type keys work through the hotkeys instead.
 */
import { useEffect, useRef } from 'react';
import { commandFor, HELD_EVERY_MS, HELD_STEP, type Pedal, type PedalSettings } from '../../../shared/pedals.ts';
import type { Player } from '../transcript/media/usePlayer.ts';
import { pedalHub } from './pedal-hub.ts';

export function usePedalPlayer(player: Player, skipSeconds: number, settings: PedalSettings): void {
  const latest = useRef({ player, skipSeconds, settings });
  latest.current = { player, skipSeconds, settings };
  useEffect(() => {
    pedalHub.start();
    const held = new Map<Pedal, ReturnType<typeof setInterval>>();
    // The pedals whose press drove the player: only their release does anything.
    const driven = new Set<Pedal>();
    const stopHeld = (pedal: Pedal) => {
      clearInterval(held.get(pedal));
      held.delete(pedal);
    };
    const off = pedalHub.listen((event) => {
      if (event.type !== 'change') return;
      const { pedal, down } = event.change;
      // Presses drive only outside the pedal settings (there they only light up), and a release only after a press that drove.
      if (down ? !pedalHub.driving : !driven.has(pedal)) return;
      if (down) driven.add(pedal);
      else driven.delete(pedal);
      const { player: p, skipSeconds: skip, settings: s } = latest.current;
      if (!down) stopHeld(pedal);
      const command = commandFor(event.change, s);
      if (command === 'back' || command === 'forward') {
        const sign = command === 'back' ? -1 : 1;
        p.skip(sign * skip);
        stopHeld(pedal);
        held.set(pedal, setInterval(() => latest.current.player.skip(sign * HELD_STEP), HELD_EVERY_MS));
      } else if (command === 'play') p.play();
      else if (command === 'pause') p.pause();
      else if (command === 'toggle') p.toggle();
    });
    return () => {
      off();
      held.forEach((timer) => clearInterval(timer));
    };
  }, []);
}
