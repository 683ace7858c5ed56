/**
 * The session's undo history for changes beyond typing in one turn. `record` wraps a
 * change; Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo it when it was the last thing
 * done, otherwise the keys go to the turn's own editor (which undoes typing).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDb } from '../../db/context.tsx';
import { useKeyCapture } from '../../ui/useKeyCapture.ts';
import { markUnsaved } from '../../db/save-status.ts';
import { applyScope, readScope, type ScopeState, type UndoEntry } from '../../db/undo.ts';

const LIMIT = 100;
let records = 0;

export interface Undo {
  /** Runs a change to the given turns; the change returns ids of turns it created. */
  record(turnIds: string[], change: () => Promise<string[] | void>, adjustBefore?: (state: ScopeState) => ScopeState): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  canUndo: boolean;
  canRedo: boolean;
  /** Tells the history that the user typed (typing is undone by the turn's editor). */
  typed(): void;
}

export function useUndo(sessionId: string): Undo {
  const db = useDb();
  const done = useRef<UndoEntry[]>([]);
  const undone = useRef<UndoEntry[]>([]);
  const lastWasTyping = useRef(true);
  /** A change being recorded right now; undo waits for it, so Ctrl+Z right after Enter undoes that Enter. */
  const recording = useRef<Promise<void> | null>(null);
  const [, setVersion] = useState(0);
  const refresh = () => setVersion((v) => v + 1);

  useEffect(() => {
    done.current = [];
    undone.current = [];
    refresh();
  }, [sessionId]);

  const record = useCallback<Undo['record']>(
    async (turnIds, change, adjustBefore) => {
      lastWasTyping.current = false;
      // The save status says "Menyimpan…" from the first moment, not only once the write begins.
      const marker = `undo-${++records}`;
      markUnsaved(marker, true);
      const work = (async () => {
        const before = await readScope(db, turnIds);
        const created = (await change()) ?? [];
        const scope = [...new Set([...turnIds, ...created])];
        const after = await readScope(db, scope);
        done.current = [...done.current.slice(-(LIMIT - 1)), { turnIds: scope, before: adjustBefore ? adjustBefore(before) : before, after }];
        undone.current = [];
      })();
      recording.current = work;
      try {
        await work;
      } finally {
        markUnsaved(marker, false);
        if (recording.current === work) recording.current = null;
        refresh();
      }
    },
    [db],
  );

  /** Takes the last entry of one history, puts its `side` back in place, and files it in the other. */
  const step = useCallback(
    async (from: typeof done, to: typeof done, side: 'before' | 'after') => {
      const entry = from.current.pop();
      if (!entry) return;
      await applyScope(db, entry.turnIds, entry[side]);
      to.current.push(entry);
      lastWasTyping.current = false;
      refresh();
    },
    [db],
  );
  const undo = useCallback(() => step(done, undone, 'before'), [step]);
  const redo = useCallback(() => step(undone, done, 'after'), [step]);

  useKeyCapture((event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || lastWasTyping.current) return false;
    const key = event.key.toLowerCase();
    const isUndo = key === 'z' && !event.shiftKey;
    const isRedo = (key === 'z' && event.shiftKey) || key === 'y';
    if (!isUndo && !isRedo) return false;
    if (recording.current) {
      void recording.current.then(() => (isUndo ? undo() : redo()));
      return true;
    }
    const history = isUndo ? done : undone;
    if (history.current.length === 0) return false;
    void (isUndo ? undo() : redo());
    return true;
  });

  const typed = useCallback(() => void (lastWasTyping.current = true), []);

  return { record, undo, redo, canUndo: done.current.length > 0, canRedo: undone.current.length > 0, typed };
}
