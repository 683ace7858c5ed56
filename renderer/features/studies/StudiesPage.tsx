/** The first screen: the studies on this device, a form for a new one, and opening a project file. */
import { useState } from 'react';
import { parseProjectFile, PROJECT_EXTENSION } from '../../../shared/formats/project-file.ts';
import { readQdpx } from '../../../shared/formats/qdpx-read.ts';
import type { Project } from '../../../shared/model.ts';
import { asNewStudy } from '../../../shared/project-copy.ts';
import { useDb } from '../../db/context.tsx';
import { useStudies } from '../../db/hooks.ts';
import { addProject, replaceProject, StudyExists } from '../../db/project.ts';
import { createStudy, deleteStudy } from '../../db/studies.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { hrefOf, navigate } from '../../router.ts';
import { DeleteButton } from '../../ui/DeleteButton.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { useImportErrors } from '../../db/useFileImport.ts';
import { StudyExistsDialog, type ExistingChoice } from './StudyExistsDialog.tsx';
import { localeOf } from '../../../shared/locale.ts';

export function StudiesPage() {
  const db = useDb();
  const host = useHost();
  const { t, lang } = useLang();
  const studies = useStudies();
  const notices = useNotice();
  const { notice, info, clear } = notices;
  const reportError = useImportErrors(notices);
  const [title, setTitle] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [existing, setExisting] = useState<Project | null>(null);

  async function create(event: React.FormEvent) {
    event.preventDefault();
    const study = await createStudy(db, title.trim() || t('study.defaultTitle'), Number(year) || new Date().getFullYear());
    navigate({ page: 'study', studyId: study.id, tab: 'sessions' });
  }

  async function openProject() {
    clear();
    const file = await host.openFile([{ name: 'Telaah', extensions: ['json'] }]);
    if (!file) return;
    try {
      const project = parseProjectFile(file.content, file.name);
      try {
        await addProject(db, project);
        info(t('studies.opened', { title: project.study.title }));
      } catch (e) {
        if (!(e instanceof StudyExists)) throw e;
        setExisting(project);
      }
    } catch (e) {
      reportError(e);
    }
  }

  async function chooseForExisting(choice: ExistingChoice) {
    const project = existing;
    setExisting(null);
    if (!project || choice === 'cancel') return;
    try {
      if (choice === 'replace') await replaceProject(db, project);
      else await addProject(db, asNewStudy(project, t('studies.copyTitle', { title: project.study.title })));
      info(t(choice === 'replace' ? 'studies.replaced' : 'studies.openedCopy', { title: project.study.title }));
    } catch (e) {
      reportError(e);
    }
  }

  async function openQdpx() {
    clear();
    const file = await host.openFile([{ name: 'REFI-QDA', extensions: ['qdpx'] }]);
    if (!file) return;
    try {
      const { project, skipped } = readQdpx(file.bytes ?? new TextEncoder().encode(file.content), file.name);
      try {
        await addProject(db, project);
      } catch (e) {
        // Telaah's own export of a study this device has: the same choice as for its project file.
        if (!(e instanceof StudyExists)) throw e;
        return setExisting(project);
      }
      const left = skipped.selections + skipped.sources + skipped.codings;
      info(t('studies.openedQdpx', { title: project.study.title, segments: project.segments.length }) + (left ? ` ${t('studies.qdpxSkipped', skipped)}` : ''));
    } catch (e) {
      reportError(e);
    }
  }

  return (
    <main className="page studies-page">
      <section className="card new-study">
        <h2>{t('studies.new')}</h2>
        <form onSubmit={create} className="form-row">
          <label>
            {t('study.titleLabel')}
            <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('study.defaultTitle')} size={44} />
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
          <button type="button" className="link" onClick={openProject}>
            {t('studies.open')}
          </button>{' '}
          <span>({PROJECT_EXTENSION})</span> ·{' '}
          <button type="button" className="link" onClick={openQdpx}>
            {t('studies.openQdpx')}
          </button>
        </p>
        <Notice notice={notice} onClose={clear} />
        {existing && <StudyExistsDialog title={existing.study.title} onChoose={(choice) => void chooseForExisting(choice)} />}
      </section>
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
                <DeleteButton label={t('studies.delete', { title: s.title })} question={t('studies.deleteConfirm', { title: s.title })} onConfirm={() => void deleteStudy(db, s.id)} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}
