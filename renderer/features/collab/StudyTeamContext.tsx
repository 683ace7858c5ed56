/**
 * The shared study open in this tab, for every screen of it: while the route names a study
 * that is shared, its StudyTeam runs (opened once, kept across the study's tabs and
 * sessions, closed when another study or the list is shown), with its line's state.
 */
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ShareRow } from '../../db/schema.ts';
import { useDb } from '../../db/context.tsx';
import { useHost } from '../../host/context.tsx';
import type { ConnectionState } from './study-connection.ts';
import { ConnectionRefused } from './study-connection.ts';
import { StudyTeam } from './study-team.ts';
import { useShare } from './useShare.ts';

export type TeamStatus =
  | { status: 'local' }
  | { status: 'opening'; share: ShareRow; state: ConnectionState }
  | { status: 'open'; share: ShareRow; team: StudyTeam; state: ConnectionState; refused: string | null }
  /** Not on this computer yet and the server out of reach (or refusing): the stored study is shown, not edited. */
  | { status: 'failed'; share: ShareRow; state: ConnectionState; refused: string };

const LOCAL: TeamStatus = { status: 'local' };
const TeamContext = createContext<TeamStatus>(LOCAL);

export const useStudyTeam = (): TeamStatus => useContext(TeamContext);

export function StudyTeamProvider({ studyId, children }: { studyId: string | null; children: ReactNode }) {
  const db = useDb();
  const host = useHost();
  const share = useShare(studyId ?? '');
  const [status, setStatus] = useState<TeamStatus>(LOCAL);
  // The team follows the share itself (its key), not the row object's identity.
  const shareKey = share ? `${share.studyId}|${share.server}|${share.token}` : '';
  const current = useRef(share);
  current.current = share;
  useEffect(() => {
    const share = current.current;
    if (!share || !shareKey) return void setStatus(LOCAL);
    let closed = false;
    let team: StudyTeam | null = null;
    setStatus({ status: 'opening', share, state: 'connecting' });
    const events = {
      state: (state: ConnectionState) => setStatus((s) => (s.status === 'open' || s.status === 'opening' ? { ...s, state } : s)),
      refused: (refused: string) => setStatus((s) => (s.status === 'open' ? { ...s, state: 'refused', refused } : s)),
    };
    StudyTeam.open(db, host, share, events).then(
      (opened) => {
        if (closed) return void opened.close();
        team = opened;
        setStatus((s) => ({ status: 'open', share, team: opened, state: s.status === 'opening' ? s.state : 'connecting', refused: null }));
      },
      (error: unknown) => !closed && setStatus({ status: 'failed', share, state: 'refused', refused: error instanceof ConnectionRefused ? error.reason : 'unreachable' }),
    );
    return () => {
      closed = true;
      void team?.close();
    };
  }, [db, host, shareKey]);
  return <TeamContext value={studyId ? status : LOCAL}>{children}</TeamContext>;
}
