/**
 * Stores what is typed into a turn shortly after the typing pauses, and at once when the
 * turn loses focus, unmounts, or the page is about to close. Each edit is journalled
 * synchronously first (see db/journal.ts), so even a window closed mid-write loses nothing.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useDb } from '../../db/context.tsx';
import { journalEdit, settleEdit } from '../../db/journal.ts';
import { markUnsaved } from '../../db/save-status.ts';
import { saveTurnEdit, type TurnEdit } from '../../db/turns.ts';
import type { TurnContent } from './turn-state.ts';

const PAUSE_MS = 250;

export function useTurnSaver(turnId: string, knownIds: readonly string[]) {
  const db = useDb();
  const pending = useRef<TurnContent | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const editOf = useCallback((content: TurnContent): TurnEdit => ({ turnId, ...content, knownIds: [...knownIds] }), [turnId, knownIds]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const content = pending.current;
    pending.current = null;
    if (content) {
      const edit = editOf(content);
      void saveTurnEdit(db, edit).then(() => settleEdit(edit));
    }
    markUnsaved(turnId, false);
  }, [db, editOf, turnId]);

  const schedule = useCallback(
    (content: TurnContent) => {
      pending.current = content;
      journalEdit(editOf(content));
      markUnsaved(turnId, true);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, PAUSE_MS);
    },
    [flush, turnId],
  );

  /** Drops the pending save because the caller stores `content` itself (split, join). */
  const take = useCallback(
    (content: TurnContent): TurnEdit => {
      clearTimeout(timer.current);
      pending.current = null;
      markUnsaved(turnId, false);
      return editOf(content);
    },
    [editOf, turnId],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      flush();
    };
  }, [flush]);

  return useMemo(() => ({ schedule, flush, take }), [schedule, flush, take]);
}
