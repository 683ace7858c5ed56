/**
 * After a deletion, a bar offering to undo it ("Urungkan"), shown in the study the deletion
 * was made in and gone once the user goes elsewhere. Everything deleted since the app
 * started can still be put back from the backups screen.
 */
import { useState } from 'react';
import { useDb } from '../db/context.tsx';
import { useDeleted } from '../db/hooks.ts';
import { CannotRestore, restoreDeleted } from '../db/trash.ts';
import { useT } from '../i18n/context.tsx';

export function DeletedBar({ studyId }: { studyId: string | null }) {
  const db = useDb();
  const t = useT();
  const [latest] = useDeleted();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Leaving the study where the deletion was made ends the offer here (the backups screen keeps it).
  const [shownIn, setShownIn] = useState(studyId);
  if (shownIn !== studyId) {
    setShownIn(studyId);
    if (latest && latest.id !== dismissed) setDismissed(latest.id);
  }
  // A study is deleted from the list of studies: its offer shows there.
  const where = latest?.kind === 'study' ? null : latest?.studyId;
  if (!latest || latest.id === dismissed || where !== studyId) return null;

  async function undo() {
    try {
      await restoreDeleted(db, latest!.id);
      setProblem(null);
    } catch (e) {
      if (!(e instanceof CannotRestore)) throw e;
      setProblem(t(`deleted.cannot.${e.why}`));
    }
  }

  return (
    <div className="deleted-bar" role="status">
      <span>{t(`deleted.${latest.kind}`, { name: latest.name })}</span>
      <button type="button" onClick={() => void undo()}>
        {t('deleted.undo')}
      </button>
      {problem && <span className="danger-text">{problem}</span>}
      <button type="button" className="notice-close" aria-label={t('common.close')} onClick={() => setDismissed(latest.id)}>
        ×
      </button>
    </div>
  );
}
