/**
 * What each transcription hotkey does on the session screen: drive the player, put the
 * recording's current time on the turn being typed (or, inside a timed turn's text, a
 * time mark at the caret), go to the code search, or start a new
 * turn for a speaker of the roster at the current time, right after the turn being typed.
 */
import { useCallback } from 'react';
import { speakerNumber, type HotkeyAction } from '../../../shared/hotkeys.ts';
import type { Roster } from '../../../shared/roster.ts';
import { timeOrderProblem, type TimeOrderProblem } from '../../../shared/time-order.ts';
import { markInsertion } from '../../../shared/time-marks.ts';
import type { Player } from './media/usePlayer.ts';
import { caretOffset } from './view/dom-offset.ts';
import type { SessionStore } from './session/session-store.ts';

export interface TranscriptionContext {
  store: SessionStore | null;
  player: Player;
  roster: Roster;
  skipSeconds: number;
  /** Seconds a speaker key's turn starts before the key was pressed. */
  speakerLeadSeconds: number;
  /** Whether times are written with tenths of a second. */
  tenths: boolean;
  /** Puts the caret in the code search of the coding panel. */
  toCodeSearch(): void;
  /** A time put on a turn breaks the transcript's time order (Ctrl+J on the wrong turn, the player moved back). */
  onOutOfOrder(problem: TimeOrderProblem, time: number): void;
}

export function useTranscriptionActions({ store, player, roster, skipSeconds, speakerLeadSeconds, tenths, toCodeSearch, onOutOfOrder }: TranscriptionContext): (action: HotkeyAction) => void {
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
        case 'codeSearch':
          return toCodeSearch();
        case 'timestamp': {
          const turnId = store?.currentTurn();
          if (!store || !turnId || now === null) return;
          const turn = store.get(turnId)?.turn;
          const at = caretIn(store, turnId);
          // A turn that has its time gets a mark where the caret is inside its text.
          if (turn && turn.timestamp !== null && at !== null && at > 0) {
            store.insertText(turnId, at, markInsertion(turn.text, at, now, tenths));
            return;
          }
          store.setTimestamp(turnId, now);
          const problem = timeOrderProblem(store.turns(), turnId, now);
          if (problem) onOutOfOrder(problem, now);
          return;
        }
        default: {
          const n = speakerNumber(action);
          const speaker = n === null ? roster.moderator : roster.speakers[n - 1];
          // The turn starts when the speaker began, a reaction before the key: the time set back by the chosen lead, never before 0.
          if (speaker) store?.addTurn(store.currentTurn(), speaker.id, now === null ? null : Math.max(0, Math.round((now - speakerLeadSeconds) * 10) / 10));
        }
      }
    },
    [store, player, roster, skipSeconds, speakerLeadSeconds, tenths, toCodeSearch, onOutOfOrder],
  );
}

/** The caret's offset in a turn: where it waits for the editor, or where it is in the live editor. */
function caretIn(store: SessionStore, turnId: string): number | null {
  const waiting = store.focus().caret;
  if (waiting) return waiting.turnId === turnId ? waiting.offset : null;
  return caretOffset(document.querySelector<HTMLElement>(`[data-turn-id="${CSS.escape(turnId)}"] .turn-text`));
}
