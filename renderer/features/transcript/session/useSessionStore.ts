/**
 * Opens a session's transcript for this screen: one SessionStore, filled from the
 * database, writing behind into it, written out at once when the page is hidden or
 * closed (then in one synchronous go, see writeSessionBatchNow) and when the screen closes. The study's editing lock decides whether this tab
 * edits or watches; a watching tab follows the stored transcript live. A shared study's
 * session is tied to its document instead, lent by the study's team (collab/study-team.ts): every tab and
 * every teammate edits, and the database follows the document.
 */
import { useEffect, useState } from 'react';
import { useDb } from '../../../db/context.tsx';
import { readSessionRows, watchSessionRows, writeSessionBatch, writeSessionBatchNow } from '../../../db/session-rows.ts';
import { forgetUnloadBatch, keepUnloadBatch, replayUnloadBatches } from '../../../db/unload-journal.ts';
import { EditingLock, editingLockName, type LockState } from './editing-lock.ts';
import { SessionStore } from './session-store.ts';
import type { ShareRow } from '../../../db/schema.ts';
import { Presence } from '../../collab/presence.ts';
import { SessionShare } from '../../collab/session-share.ts';
import type { ConnectionState } from '../../collab/study-connection.ts';
import { useStudyTeam } from '../../collab/StudyTeamContext.tsx';

export interface OpenSession {
  /** Null until the transcript is read. */
  store: SessionStore | null;
  lock: LockState;
  takeOver(): void;
  /** How a shared study's session is connected to its server; null for a study on this computer only. */
  collab: Collab | null;
}

export interface Collab {
  state: ConnectionState;
  /** The server's reason when it refused the study. */
  refused: string | null;
  /** Who else is in the session, and where; null until the session is open. */
  presence: Presence | null;
  memberName: string;
  role: ShareRow['role'];
}

export function useSessionStore(studyId: string, sessionId: string): OpenSession {
  const db = useDb();
  const teamStatus = useStudyTeam();
  const team = teamStatus.status === 'open' ? teamStatus.team : null;
  const mode = teamStatus.status;
  const member = teamStatus.status === 'local' ? null : teamStatus.share;
  const memberName = member?.memberName ?? '';
  const role = member?.role ?? 'owner';
  const [store, setStore] = useState<SessionStore | null>(null);
  const [lock, setLock] = useState<{ state: LockState; lock: EditingLock | null }>({ state: 'waiting', lock: null });
  const [presence, setPresence] = useState<Presence | null>(null);

  useEffect(() => {
    const pendingKey = `session:${sessionId}`;
    const session = new SessionStore(sessionId, (batch) => writeSessionBatch(db, batch), (pending) => db.saveStatus.markUnsaved(pendingKey, pending));
    let stopWatching: (() => void) | null = null;
    let closed = false;
    let leave: (() => void) | null = null;
    let editing: EditingLock | null = null;
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
    // A shared study's session: the team lends its document, every tab and teammate edits, a reader only watches.
    const openShared = async () => {
      const rows = await replayUnloadBatches(db, studyId).then(() => readSessionRows(db, sessionId));
      if (closed) return;
      session.load(rows.turns, rows.segments);
      if (!team) {
        // Not on this computer yet and the server out of reach: the stored transcript is shown, not edited.
        session.readOnly = true;
      } else {
        const borrowed = await team.session(sessionId);
        if (closed) return borrowed.release();
        const link = new SessionShare(borrowed.doc, session, studyId);
        const here = new Presence(borrowed.provider.awareness!, session, memberName);
        leave = () => (here.destroy(), link.destroy(), borrowed.release());
        session.readOnly = role === 'reader';
        setPresence(here);
      }
      setStore(session);
      setLock({ state: session.readOnly ? 'watching' : 'editing', lock: null });
    };
    if (mode === 'local') {
      editing = new EditingLock(editingLockName(studyId), onState, settle);
      setLock({ state: 'waiting', lock: editing });
      editing.start();
    } else if (mode !== 'opening') {
      void openShared();
    }
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
      leave?.();
      // The lock is released only once everything this screen held is written.
      void settle().finally(() => editing?.dispose());
      setStore(null);
      setPresence(null);
    };
    // The team's connection state changes often; the session reopens only when the team itself does.
  }, [db, studyId, sessionId, mode, team, memberName, role]);

  // Refused by the server (access revoked) while open: what is typed here could never reach the team, so nothing more is taken.
  const refusedNow = teamStatus.status !== 'local' && teamStatus.state === 'refused';
  useEffect(() => {
    if (!store || !refusedNow) return;
    store.readOnly = true;
    setLock({ state: 'watching', lock: null });
  }, [store, refusedNow]);

  const collab: Collab | null =
    teamStatus.status === 'local'
      ? null
      : { state: teamStatus.state, refused: teamStatus.status === 'open' ? teamStatus.refused : teamStatus.status === 'failed' ? teamStatus.refused : null, presence, memberName: teamStatus.share.memberName, role: teamStatus.share.role };
  return { store, lock: lock.state, takeOver: () => void lock.lock?.takeOver(), collab };
}
