/**
 * "Gabung studi tim…": a teammate pastes the invitation the owner sent, and the study comes
 * from the server into this computer, then opens.
 */
import { useState, type FormEvent } from 'react';
import { useDb } from '../../db/context.tsx';
import { useHost } from '../../host/context.tsx';
import { StudyExists } from '../../db/project.ts';
import { useT } from '../../i18n/context.tsx';
import { navigate } from '../../router.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { collabErrorText } from './reason-text.ts';
import { joinStudy } from './share-study.ts';

export function JoinStudy() {
  const t = useT();
  const db = useDb();
  const host = useHost();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [progress, setProgress] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    setProgress(t('collab.joining', { done: 0, total: '…' }));
    try {
      const study = await joinStudy(db, host, text, (done, total) => setProgress(t('collab.joining', { done, total })));
      setOpen(false);
      navigate({ page: 'study', studyId: study.id, tab: 'sessions' });
    } catch (error) {
      setProblem(error instanceof StudyExists ? t('collab.exists', { title: error.title }) : collabErrorText(t, error));
    } finally {
      setProgress(null);
    }
  }

  return (
    <>
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('collab.join')}
      </button>
      {open && (
        <Dialog labelledBy="join-title" onCancel={progress ? null : () => setOpen(false)}>
          <form onSubmit={(e) => void submit(e)}>
            <h2 id="join-title">{t('collab.joinTitle')}</h2>
            <label className="join-field">
              {t('collab.invitationField')}
              <textarea required rows={4} cols={60} value={text} onChange={(e) => setText(e.target.value)} />
            </label>
            {progress && <p role="status">{progress}</p>}
            {problem && (
              <p className="notice notice-error" role="alert">
                {problem}
              </p>
            )}
            <div className="dialog-actions">
              <button type="button" onClick={() => setOpen(false)} disabled={progress !== null}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="primary" disabled={progress !== null}>
                {t('collab.joinButton')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
