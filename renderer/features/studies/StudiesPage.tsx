/** The first screen: the studies on this device, a form for a new one, and opening a project file. */
import { useEffect, useEffectEvent, useRef, useState, useSyncExternalStore } from 'react';
import type { FileFilter } from '../../../shared/api.ts';
import { isProjectPath } from '../../../shared/desktop.ts';
import { PROJECT_EXTENSION } from '../../../shared/formats/project-file.ts';
import { useDb } from '../../db/context.tsx';
import { useStudies } from '../../db/hooks.ts';
import { createStudy } from '../../db/studies.ts';
import { deleteStudyKept } from '../../db/trash.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { hrefOf, navigate } from '../../router.ts';
import { DeleteButton } from '../../ui/DeleteButton.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { useDesktop, useFileDrop, type StudiesRequest } from '../../desktop/context.tsx';
import { openedFromFile } from '../../host/opened-file.ts';
import { StudyExistsDialog } from './StudyExistsDialog.tsx';
import { JoinStudy } from '../collab/JoinStudy.tsx';
import { useProjectOpener } from './useProjectOpener.ts';
import { useRecentFiles } from './useRecentFiles.ts';
import { localeOf } from '../../../shared/locale.ts';

export function StudiesPage() {
  const db = useDb();
  const host = useHost();
  const { t, lang } = useLang();
  const studies = useStudies();
  const notices = useNotice();
  const { notice, clear } = notices;
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const opener = useProjectOpener(notices);
  const desktop = useDesktop();
  const titleField = useRef<HTMLInputElement>(null);
  const recent = useRecentFiles();

  async function create(event: React.FormEvent) {
    event.preventDefault();
    const study = await createStudy(db, title.trim() || t('study.defaultTitle'), Number(year) || new Date().getFullYear());
    navigate({ page: 'study', studyId: study.id, tab: 'sessions' });
  }

  async function choose(filters: FileFilter[]) {
    clear();
    const file = await host.openFile(filters);
    if (file) await opener.open(file);
  }

  async function openRecent(path: string) {
    clear();
    const file = await host.openRecent(path);
    if (file) await opener.open(file);
    else notices.error(t('studies.recentGone', { file: path }));
    recent.refresh();
  }

  // What the menus or the system asked for while another screen was shown.
  const request = useSyncExternalStore(desktop.studiesRequest.subscribe, desktop.studiesRequest.get);
  const answer = useEffectEvent((asked: StudiesRequest) => {
    if (asked.kind === 'newStudy') titleField.current?.focus();
    else void opener.open(asked.file).then(recent.refresh);
  });
  useEffect(() => {
    if (!request) return;
    desktop.studiesRequest.set(null);
    answer(request);
  }, [request, desktop]);
  useFileDrop(isProjectPath, async (file) => opener.open(await openedFromFile(file)));

  return (
    <main className="page studies-page">
      <section className="card new-study">
        <h2>{t('studies.new')}</h2>
        <form onSubmit={create} className="form-row">
          <label>
            {t('study.titleLabel')}
            <input ref={titleField} value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('study.defaultTitle')} size={44} />
          </label>
          <label>
            {t('study.yearLabel')}
            <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" size={6} />
          </label>
          <button type="submit" className="primary">
            {t('study.create')}
          </button>
        </form>
        <p className="muted">
          <button type="button" className="link" onClick={() => void choose([{ name: 'Telaah', extensions: ['json'] }])}>
            {t('studies.open')}
          </button>{' '}
          <span>({PROJECT_EXTENSION})</span> ·{' '}
          <button type="button" className="link" onClick={() => void choose([{ name: 'REFI-QDA', extensions: ['qdpx'] }])}>
            {t('studies.openQdpx')}
          </button>{' '}
          · <JoinStudy />
        </p>
        <Notice notice={notice} onClose={clear} />
        <p className="muted drop-hint">{t('studies.dropHint')}</p>
        {opener.existing && <StudyExistsDialog title={opener.existing.study.title} onChoose={(choice) => void opener.chooseForExisting(choice)} />}
      </section>
      {recent.files.length > 0 && (
        <section className="recent-files" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('studies.recent')}</h2>
          <ul>
            {recent.files.map((r) => (
              <li key={r.path}>
                <button type="button" className="link" onClick={() => void openRecent(r.path)} title={r.path}>
                  {r.name}
                </button>{' '}
                <span className="muted">{new Date(r.openedAt).toLocaleString(localeOf(lang))}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{t('studies.title')}</h2>
        {studies === undefined ? (
          <p className="muted">{t('common.loading')}</p>
        ) : studies.length === 0 ? (
          <p className="empty">{t('studies.empty')}</p>
        ) : (
          <ul className="study-list">
            {studies.map((s) => (
              <li key={s.id} className="card">
                <a href={hrefOf({ page: 'study', studyId: s.id, tab: 'sessions' })} className="study-link">
                  {s.title}
                </a>
                <span className="muted">
                  {s.year} · {t('studies.updated', { date: new Date(s.updatedAt).toLocaleString(localeOf(lang)) })}
                </span>
                <span className="spacer" />
                <DeleteButton label={t('studies.delete', { title: s.title })} question={t('studies.deleteConfirm', { title: s.title })} onConfirm={() => void deleteStudyKept(db, s.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
