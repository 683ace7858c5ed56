/**
 * Who speaks in a session, in the order of their hotkeys: Ctrl+1 for the first, Ctrl+2 for
 * the next… The order is the transcriber's to set (dragged, or moved up or down from the
 * keyboard; added, taken off) and
 * stays put however the talk goes. While it is empty, the keys follow the study's
 * participants by name.
 */
import { useState } from 'react';
import type { Session } from '../../../shared/model.ts';
import { moveInRoster, placeInRoster, sessionRoster } from '../../../shared/roster.ts';
import { useDb } from '../../db/context.tsx';
import { useParticipants } from '../../db/hooks.ts';
import { changeRoster } from '../../db/studies.ts';
import { useT } from '../../i18n/context.tsx';
import { useSettings } from '../../settings.ts';
import { useDragOrder } from '../../ui/useDragOrder.ts';

/** What a dragged roster row carries: the speaker's id, under a type no other drop takes. */
const ROSTER_DRAG = 'application/x-telaah-roster';

export function SessionRoster({ session }: { session: Session }) {
  const db = useDb();
  const t = useT();
  const participants = useParticipants(session.studyId);
  const { keymap } = useSettings();
  const [list, setList] = useState<HTMLOListElement | null>(null);
  const drag = useDragOrder(list, ROSTER_DRAG, (id, target) => void changeRoster(db, session.id, (r) => placeInRoster(r, id, target)));
  if (!participants) return null;
  const roster = sessionRoster(session.roster, participants, session.moderator);
  const listed = roster.speakers.filter((p) => session.roster.includes(p.id));
  const others = participants.filter((p) => p !== roster.moderator && !session.roster.includes(p.id));
  const change = (f: (roster: string[]) => string[]) => void changeRoster(db, session.id, f);
  return (
    <fieldset className="session-roster">
      <legend>{t('roster.title')}</legend>
      <p className="muted">{listed.length === 0 ? t('roster.empty') : t('roster.intro')}</p>
      {listed.length > 0 && (
        <ol ref={setList} aria-label={t('roster.title')}>
          {listed.map((p, i) => (
            <li key={p.id} data-drag-id={p.id} draggable className={`${drag.dragged === p.id ? 'roster-dragged' : ''}${drag.over === p.id && drag.dragged !== p.id ? ' roster-drop' : ''}`} title={t('roster.drag')}>
              <span className="roster-grip" aria-hidden="true">
                ⠿
              </span>
              <kbd>{keymap[`speaker${i + 1}` as keyof typeof keymap] || '—'}</kbd> {p.label}
              <button type="button" className="link" aria-label={t('roster.up', { name: p.label })} disabled={i === 0} onClick={() => change((r) => moveInRoster(r, p.id, -1))}>
                ↑
              </button>
              <button type="button" className="link" aria-label={t('roster.down', { name: p.label })} disabled={i === listed.length - 1} onClick={() => change((r) => moveInRoster(r, p.id, 1))}>
                ↓
              </button>
              <button type="button" className="link" aria-label={t('roster.remove', { name: p.label })} onClick={() => change((r) => r.filter((id) => id !== p.id))}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      {others.length > 0 && (
        <label className="inline-field">
          {t('roster.add')}
          <select value="" onChange={(e) => {
              const id = e.target.value;
              if (id) change((r) => (r.includes(id) ? r : [...r, id]));
            }}>
            <option value="">—</option>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
