/** What was deleted since the app started (sessions, participants, codebook rows), each to put back. */
import { useState } from 'react';
import { useDb } from '../../db/context.tsx';
import { useDeleted } from '../../db/hooks.ts';
import { CannotRestore, restoreDeleted } from '../../db/trash.ts';
import { useLang } from '../../i18n/context.tsx';
import { localeOf } from '../../../shared/locale.ts';

export function DeletedList() {
  const { t, lang } = useLang();
  const db = useDb();
  const deleted = useDeleted();
  const [problem, setProblem] = useState<string | null>(null);

  async function restore(id: string) {
    try {
      await restoreDeleted(db, id);
      setProblem(null);
    } catch (e) {
      if (!(e instanceof CannotRestore)) throw e;
      setProblem(t(`deleted.cannot.${e.why}`));
    }
  }

  return (
    <section className="deleted-list">
      <h3>{t('deleted.title')}</h3>
      {problem && <p className="danger-text">{problem}</p>}
      {deleted.length === 0 ? (
        <p className="muted">{t('deleted.none')}</p>
      ) : (
        <ul>
          {deleted.map((d) => (
            <li key={d.id}>
              <span>{t(`deleted.${d.kind}`, { name: d.name })}</span> <span className="muted">{new Date(d.deletedAt).toLocaleTimeString(localeOf(lang))}</span>{' '}
              <button type="button" onClick={() => void restore(d.id)}>
                {t('deleted.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
