/**
 * Opens a session's transcript for this screen: one SessionStore, filled from the
 * database, writing behind into it, written out at once when the page is hidden or
 * closed (then in one synchronous go, see writeSessionBatchNow) and when the screen closes. The study's editing lock decides whether this tab
 * edits or watches; a watching tab follows the stored transcript live.
 */
import { useEffect, useState } from 'react';
import { useDb } from '../../../db/context.tsx';
import { readSessionRows, watchSessionRows, writeSessionBatch, writeSessionBatchNow } from '../../../db/session-rows.ts';
import { forgetUnloadBatch, keepUnloadBatch, replayUnloadBatches } from '../../../db/unload-journal.ts';
import { EditingLock, editingLockName, type LockState } from './editing-lock.ts';
import { SessionStore } from './session-store.ts';

export interface OpenSession {
  /** Null until the transcript is read. */
  store: SessionStore | null;
  lock: LockState;
  takeOver(): void;
}

export function useSessionStore(studyId: string, sessionId: string): OpenSession {
  const db = useDb();
  const [store, setStore] = useState<SessionStore | null>(null);
  const [lock, setLock] = useState<{ state: LockState; lock: EditingLock | null }>({ state: 'waiting', lock: null });

  useEffect(() => {
    const pendingKey = `session:${sessionId}`;
    const session = new SessionStore(sessionId, (batch) => writeSessionBatch(db, batch), (pending) => db.saveStatus.markUnsaved(pendingKey, pending));
    let stopWatching: (() => void) | null = null;
    let closed = false;
    const onState = (state: LockState) => {
      stopWatching?.();
      stopWatching = null;
      session.readOnly = state !== 'editing';
      if (state === 'editing') {
        // What a closed editing tab could not be sure it stored is written first, then read.
        void replayUnloadBatches(db, studyId).then(() => readSessionRows(db, sessionId)).then((rows) => {
          if (closed) return;
          session.load(rows.turns, rows.segments);
          setStore(session);
          setLock((l) => ({ ...l, state }));
        });
      } else {
        if (state === 'watching') stopWatching = watchSessionRows(db, sessionId, (rows) => (session.load(rows.turns, rows.segments), setStore(session)));
        setLock((l) => ({ ...l, state }));
      }
    };
    // Handing the study over or closing the screen: what storage refused (a full disk) is kept where the next editing tab replays it.
    const settle = () => session.flush().catch(() => session.flushNow((batch) => keepUnloadBatch(studyId, sessionId, batch)));
    const editing = new EditingLock(editingLockName(studyId), onState, settle);
    setLock({ state: 'waiting', lock: editing });
    editing.start();
    const writeNow = () =>
      session.flushNow((batch) => {
        keepUnloadBatch(studyId, sessionId, batch);
        // The copy is forgotten once these rows are stored, not after a while: a closing page whose transaction is
        // dropped keeps it for the next editing tab, however long the closing takes (a later copy is left alone).
        writeSessionBatchNow(db, batch, () => forgetUnloadBatch(studyId, sessionId, batch));
      });
    // A failed write is tried again and shown in the save status.
    const onHidden = () => document.visibilityState === 'hidden' && void session.flush().catch(() => {});
    window.addEventListener('pagehide', writeNow);
    window.addEventListener('beforeunload', writeNow);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      closed = true;
      window.removeEventListener('pagehide', writeNow);
      window.removeEventListener('beforeunload', writeNow);
      document.removeEventListener('visibilitychange', onHidden);
      stopWatching?.();
      // The lock is released only once everything this screen held is written.
      void settle().finally(() => editing.dispose());
      setStore(null);
    };
  }, [db, studyId, sessionId]);

  return { store, lock: lock.state, takeOver: () => void lock.lock?.takeOver() };
}
