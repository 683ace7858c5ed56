/**
 * A shared session's line to its team, above the transcript: online, offline (what is typed
 * is kept here and sent later) or refused (and why), and who else is in the session.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import { useT } from '../../i18n/context.tsx';
import type { Collab } from '../transcript/session/useSessionStore.ts';
import type { Presence, Present } from './presence.ts';
import { reasonText } from './reason-text.ts';
import { useStudyTeam } from './StudyTeamContext.tsx';

const NOBODY: readonly Present[] = [];
export const noPresence = { subscribe: () => () => {}, everyone: () => NOBODY, at: () => NOBODY };

/** The open session's presence, for the turns to show who is in them. */
export const PresenceContext = createContext<Pick<Presence, 'subscribe' | 'everyone' | 'at'>>(noPresence);

export function usePresentAt(turnId: string): readonly Present[] {
  const presence = useContext(PresenceContext);
  return useSyncExternalStore(presence.subscribe, () => presence.at(turnId));
}

/** `typedRefused`: keys were typed that the session could not take (a reader's, or after the server refused). */
export function CollabStatus({ collab, typedRefused = false }: { collab: Collab; typedRefused?: boolean }) {
  const t = useT();
  const presence = collab.presence ?? noPresence;
  const others = useSyncExternalStore(presence.subscribe, presence.everyone);
  const refused = collab.state === 'refused';
  return (
    <>
    <div className={`notice ${refused || collab.state === 'offline' ? 'notice-error' : 'notice-info'} collab-status`} role={refused ? 'alert' : 'status'}>
      <span className={`collab-dot collab-${collab.state}`} aria-hidden="true" />
      <span>{refused ? t('collab.state.refused', { reason: reasonText(t, collab.refused ?? 'unreachable') }) : t(`collab.state.${collab.state}`)}</span>
      {collab.role === 'reader' && !refused && <span>· {t('collab.readOnly')}</span>}
      {others.length > 0 && (
        <span className="collab-others">
          {t('collab.others', { names: '' })}
          {others.map((p) => (
            <span key={p.clientId} className="presence-chip" style={{ borderColor: p.color }}>
              {p.name}
            </span>
          ))}
        </span>
      )}
    </div>
    {typedRefused && (
      <div className="notice notice-error" role="alert">
        {t(collab.role === 'reader' ? 'collab.readerTyped' : 'collab.refusedTyped')}
      </div>
    )}
    </>
  );
}

/** Teammates' names in their colours, each with what it means (`title`). */
function Chips({ people, className, title }: { people: readonly Present[]; className: string; title(name: string): string }) {
  if (people.length === 0) return null;
  return (
    <span className={className}>
      {people.map((p) => (
        <span key={p.clientId} className="presence-chip" style={{ borderColor: p.color, color: p.color }} title={title(p.name)}>
          {p.name}
        </span>
      ))}
    </span>
  );
}

/** The names of the teammates working in a turn, in their colours, at its side. */
export function TurnPresence({ turnId }: { turnId: string }) {
  const t = useT();
  return <Chips people={usePresentAt(turnId)} className="turn-presence" title={(name) => t('collab.here', { name })} />;
}

/** The teammates working in a session, beside it in the sessions list. */
export function SessionWhereabouts({ sessionId }: { sessionId: string }) {
  const t = useT();
  const team = useStudyTeam();
  const whereabouts = (team.status === 'open' ? team.team.whereabouts : null) ?? noPresence;
  const here = useSyncExternalStore(whereabouts.subscribe, () => whereabouts.at(sessionId));
  return <Chips people={here} className="session-presence" title={(name) => t('collab.inSession', { name })} />;
}
