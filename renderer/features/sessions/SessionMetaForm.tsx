/** A session's details (title, date, place, moderator, note-taker), its roster of speakers and its memo, saved as the user types. */
import { useState } from 'react';
import type { Lang, Session } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { updateSession, type SessionFields } from '../../db/studies.ts';
import { useT } from '../../i18n/context.tsx';
import { DayField } from '../../ui/DayField.tsx';
import { SessionRoster } from './SessionRoster.tsx';
import type { MessageKey } from '../../i18n/id.ts';

const FIELDS: { key: keyof SessionFields; label: MessageKey; type: 'text' | 'day' }[] = [
  { key: 'title', label: 'session.title', type: 'text' },
  { key: 'date', label: 'session.date', type: 'day' },
  { key: 'place', label: 'session.place', type: 'text' },
  { key: 'moderator', label: 'session.moderator', type: 'text' },
  { key: 'noteTaker', label: 'session.noteTaker', type: 'text' },
];

/** `transcribed`: the session has turns; its details then start folded, so the transcript has the screen. */
export function SessionMetaForm({ session, transcribed, textLang }: { session: Session; transcribed: boolean; textLang: Lang }) {
  const db = useDb();
  const t = useT();
  // Open at first for a new session without details; afterwards the user decides.
  const [open, setOpen] = useState(session.place === '' && session.date === '' && !transcribed);
  return (
    <details className="session-meta" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('session.meta')}</summary>
      <div className="form-grid">
        {FIELDS.map((f) => (
          <label key={f.key}>
            {t(f.label)}
            {f.type === 'day' ? (
              <DayField label={t(f.label)} value={session[f.key]} onChange={(day) => void updateSession(db, session.id, { [f.key]: day })} />
            ) : (
              <input defaultValue={session[f.key]} onChange={(e) => void updateSession(db, session.id, { [f.key]: e.target.value })} />
            )}
          </label>
        ))}
      </div>
      <SessionRoster session={session} />
      <label className="session-memo">
        {t('session.memo')}
        <textarea rows={3} defaultValue={session.memo} placeholder={t('session.memoPlaceholder')} lang={textLang} spellCheck onChange={(e) => void updateSession(db, session.id, { memo: e.target.value })} />
      </label>
    </details>
  );
}
