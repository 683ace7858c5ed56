/**
 * "Kerja bersama": a study shared to a team server. Before: the owner gives the server's
 * address, its key and their name, and the study is uploaded. After: where it is shared and
 * as whom, and for the owner the members (Members.tsx).
 */
import { useState, type FormEvent } from 'react';
import type { Study } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { useHost } from '../../host/context.tsx';
import { useT } from '../../i18n/context.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { Members } from './Members.tsx';
import { collabErrorText } from './reason-text.ts';
import { shareStudy } from './share-study.ts';
import { useShare } from './useShare.ts';

export function ShareSection({ study, defaultName }: { study: Study; defaultName: string }) {
  const t = useT();
  const db = useDb();
  const host = useHost();
  const share = useShare(study.id);
  const notices = useNotice();
  const [form, setForm] = useState({ server: '', serverKey: '', owner: '' });
  const [progress, setProgress] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    notices.clear();
    setProgress(t('collab.sharing', { done: 0, total: '…' }));
    try {
      await shareStudy(db, host, study.id, { ...form, owner: form.owner || defaultName }, (done, total) => setProgress(t('collab.sharing', { done, total })));
    } catch (error) {
      notices.error(collabErrorText(t, error));
    } finally {
      setProgress(null);
    }
  }

  if (share === undefined) return null;
  return (
    <section className="collab" aria-labelledby="collab-title">
      <h3 id="collab-title">{t('collab.title')}</h3>
      {share === null ? (
        <form className="collab-share" onSubmit={(e) => void submit(e)}>
          <p className="muted">{t('collab.intro')}</p>
          <label>
            {t('collab.server')}
            <input required value={form.server} placeholder="https://server.kampus.ac.id" onChange={(e) => setForm({ ...form, server: e.target.value })} />
          </label>
          <label>
            {t('collab.serverKey')}
            <input required type="password" autoComplete="off" value={form.serverKey} onChange={(e) => setForm({ ...form, serverKey: e.target.value })} />
          </label>
          <label>
            {t('collab.yourName')}
            <input value={form.owner} placeholder={defaultName} onChange={(e) => setForm({ ...form, owner: e.target.value })} />
          </label>
          <button type="submit" disabled={progress !== null}>
            {t('collab.share')}
          </button>
          {progress && <span role="status">{progress}</span>}
        </form>
      ) : (
        <>
          <p>{t('collab.shared', { server: share.server, name: share.memberName, role: t(`collab.role.${share.role}`) })}</p>
          {share.role === 'owner' && <Members share={share} notices={notices} />}
        </>
      )}
      <p className="muted">{t('collab.scope')}</p>
      <Notice notice={notices.notice} onClose={notices.clear} />
    </section>
  );
}
