/** The FGD sessions of a study, with how much of each is transcribed and coded, and adding a session. */
import { useState } from 'react';
import { useDb } from '../../db/context.tsx';
import { useParticipants, useSegmentCounts, useSessions, useStudy, useSummaries, useTurnCounts } from '../../db/hooks.ts';
import { addSession } from '../../db/studies.ts';
import { deleteSession } from '../../db/trash.ts';
import { useLang } from '../../i18n/context.tsx';
import { SessionWhereabouts } from '../collab/CollabStatus.tsx';
import { hrefOf, navigate } from '../../router.ts';
import { DeleteButton } from '../../ui/DeleteButton.tsx';
import { localeOf } from '../../../shared/locale.ts';
import { SpellingSettings } from './SpellingSettings.tsx';

export function SessionsPanel({ studyId }: { studyId: string }) {
  const db = useDb();
  const { t, lang } = useLang();
  const sessions = useSessions(studyId);
  const segmentCounts = useSegmentCounts(studyId);
  const turnCounts = useTurnCounts(studyId);
  const participants = useParticipants(studyId);
  const summaries = useSummaries(studyId);
  const study = useStudy(studyId);
  const [title, setTitle] = useState('');
  const coded = [...(segmentCounts?.values() ?? [])].reduce((a, b) => a + b, 0);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    const session = await addSession(db, studyId, title.trim() || t('sessions.defaultTitle', { n: (sessions?.length ?? 0) + 1 }));
    setTitle('');
    navigate({ page: 'session', studyId, sessionId: session.id });
  }

  return (
    <section className="panel">
      <p className="study-overview" data-testid="study-overview">
        {t('sessions.overview', { sessions: sessions?.length ?? 0, participants: participants?.length ?? 0, segments: coded, summaries: summaries?.length ?? 0 })}
      </p>
      <form onSubmit={add} className="form-row">
        <label>
          {t('sessions.titleLabel')}
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('sessions.defaultTitle', { n: (sessions?.length ?? 0) + 1 })} />
        </label>
        <button type="submit" className="primary">
          {t('sessions.add')}
        </button>
      </form>
      {sessions?.length === 0 && <p className="empty">{t('sessions.empty')}</p>}
      <ul className="session-list">
        {sessions?.map((s) => (
          <li key={s.id} className="card">
            <a href={hrefOf({ page: 'session', studyId, sessionId: s.id })} className="session-link">
              {s.title}
            </a>
            <SessionWhereabouts sessionId={s.id} />
            <span className="muted">{[s.date && new Date(`${s.date}T00:00`).toLocaleDateString(localeOf(lang), { dateStyle: 'long' }), s.place, s.moderator && `${t('session.moderator')}: ${s.moderator}`].filter(Boolean).join(' · ')}</span>
            <span className="counts">
              {t('sessions.turns', { n: turnCounts?.get(s.id) ?? 0 })} · {t('sessions.segments', { n: segmentCounts?.get(s.id) ?? 0 })}
            </span>
            <DeleteButton label={t('sessions.delete', { title: s.title })} question={t('sessions.deleteConfirm', { title: s.title })} onConfirm={() => void deleteSession(db, s.id)} />
          </li>
        ))}
      </ul>
      {study && <SpellingSettings study={study} />}
    </section>
  );
}
