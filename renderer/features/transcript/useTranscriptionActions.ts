/**
 * What each transcription hotkey does on the session screen: drive the player, put the
 * recording's current time on the turn being typed, or start a new turn for a speaker of
 * the roster at the current time, right after the turn being typed.
 */
import { useCallback, type RefObject } from 'react';
import { speakerNumber, type HotkeyAction } from '../../../shared/hotkeys.ts';
import type { Roster } from '../../../shared/roster.ts';
import { useDb } from '../../db/context.tsx';
import { addTurn, setTurnTimestamp } from '../../db/turns.ts';
import type { FocusRequest } from './plugins/FocusPlugin.tsx';
import type { Player } from './media/usePlayer.ts';
import type { Undo } from './useUndo.ts';

export interface TranscriptionContext {
  sessionId: string;
  player: Player;
  roster: Roster;
  skipSeconds: number;
  /** The turn the caret is in (or was in last). */
  activeTurn: RefObject<string | null>;
  requestFocus(turnId: string, at: FocusRequest['at']): void;
  /** Records a change for undo. */
  record: Undo['record'];
}

export function useTranscriptionActions(context: TranscriptionContext): (action: HotkeyAction) => void {
  const db = useDb();
  const { sessionId, player, roster, skipSeconds, activeTurn, requestFocus, record } = context;
  return useCallback(
    (action: HotkeyAction) => {
      const now = player.ready ? Math.round(player.currentTime() * 10) / 10 : null;
      switch (action) {
        case 'playPause':
          return player.toggle();
        case 'back':
          return player.skip(-skipSeconds);
        case 'forward':
          return player.skip(skipSeconds);
        case 'slower':
          return player.stepRate(-1);
        case 'faster':
          return player.stepRate(1);
        case 'timestamp': {
          const turnId = activeTurn.current;
          if (turnId && now !== null) void record([turnId], () => setTurnTimestamp(db, turnId, now));
          return;
        }
        default: {
          const n = speakerNumber(action);
          const speaker = n === null ? roster.moderator : roster.speakers[n - 1];
          if (!speaker) return;
          let created = '';
          void record([], async () => [(created = await addTurn(db, sessionId, speaker.id, activeTurn.current ?? undefined, now))]).then(() => requestFocus(created, 'start'));
        }
      }
    },
    [db, sessionId, player, roster, skipSeconds, activeTurn, requestFocus, record],
  );
}
