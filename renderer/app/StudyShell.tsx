/** A study's screen: its title and project-file actions, tabs, and the panel of the chosen tab. */
import { useEffect } from 'react';
import { anonymiseProject } from '../../shared/anonymise.ts';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import type { Study } from '../../shared/model.ts';
import { CodebookPanel } from '../features/codebook/CodebookPanel.tsx';
import { ExplorePanel } from '../features/explore/ExplorePanel.tsx';
import { ExportPanel } from '../features/export/ExportPanel.tsx';
import { MatrixPanel } from '../features/matrix/MatrixPanel.tsx';
import { ParticipantsPanel } from '../features/participants/ParticipantsPanel.tsx';
import { SegmentsPanel } from '../features/segments/SegmentsPanel.tsx';
import { SessionsPanel } from '../features/sessions/SessionsPanel.tsx';
import { TeamPanel } from '../features/team/TeamPanel.tsx';
import { useDb } from '../db/context.tsx';
import { loadProject } from '../db/project.ts';
import { holdStudyData } from '../db/study-data.ts';
import { updateStudy } from '../db/studies.ts';
import { noteProjectSaved } from '../db/save-reminder.ts';
import { useT } from '../i18n/context.tsx';
import { useMenuCommand } from '../desktop/context.tsx';
import { hrefOf, navigate, STUDY_TABS, type StudyTab } from '../router.ts';
import { Notice, useNotice } from '../ui/Notice.tsx';
import { fileStem } from '../ui/file-stem.ts';
import { useFileSave } from '../ui/useFileSave.ts';
import { UnsavedReminder } from './UnsavedReminder.tsx';

export function StudyShell({ study, tab }: { study: Study; tab: StudyTab }) {
  const db = useDb();
  const t = useT();
  const notices = useNotice();
  const save = useFileSave(notices);
  // The analysis tabs share one copy of the study: reading it starts when the study opens, not when a tab is chosen.
  useEffect(() => holdStudyData(db, study.id), [db, study.id]);

  useMenuCommand('saveProject', () => void saveProject(false));
  useMenuCommand('exportTables', () => navigate({ page: 'study', studyId: study.id, tab: 'export' }));

  async function saveProject(anonymised: boolean) {
    const project = await loadProject(db, study.id);
    const content = writeProjectFile(anonymised ? anonymiseProject(project) : project);
    const name = `${fileStem(study.title)}${anonymised ? '-tanpa-identitas' : ''}.telaah.json`;
    const saved = await save([{ name, content }], [{ name: 'Telaah', extensions: ['json'] }]);
    if (saved && !anonymised) await noteProjectSaved(study.id, content);
  }

  return (
    <main className="page study-page">
      <div className="study-head">
        <input className="study-title" aria-label={t('study.titleLabel')} defaultValue={study.title} onBlur={(e) => e.target.value.trim() && void updateStudy(db, study.id, { title: e.target.value.trim() })} />
        <label className="study-year">
          {t('study.yearLabel')}
          <input defaultValue={study.year} inputMode="numeric" size={5} onBlur={(e) => Number(e.target.value) > 0 && void updateStudy(db, study.id, { year: Number(e.target.value) })} />
        </label>
        <span className="muted">{t('study.types', { types: study.assistantTypes.map((x) => x.label).join(', ') })}</span>
        <span className="spacer" />
        <button type="button" onClick={() => void saveProject(false)}>
          {t('study.saveProject')}
        </button>
        <button type="button" onClick={() => void saveProject(true)} title={t('study.saveAnonymisedHint')}>
          {t('study.saveAnonymised')}
        </button>
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      <UnsavedReminder studyId={study.id} />
      <div className="tabs" role="tablist">
        {STUDY_TABS.map((name) => (
          <a key={name} role="tab" aria-selected={name === tab} className={name === tab ? 'tab active' : 'tab'} href={hrefOf({ page: 'study', studyId: study.id, tab: name })}>
            {t(`tab.${name}`)}
          </a>
        ))}
      </div>
      {/* The tab's name as the screen's heading, for those who move by headings; the tab bar shows it to everyone else. */}
      <h2 className="sr-only">{t(`tab.${tab}`)}</h2>
      {tab === 'sessions' && <SessionsPanel studyId={study.id} />}
      {tab === 'participants' && <ParticipantsPanel study={study} />}
      {tab === 'codebook' && <CodebookPanel study={study} />}
      {tab === 'segments' && <SegmentsPanel studyId={study.id} />}
      {tab === 'explore' && <ExplorePanel key={study.id} studyId={study.id} />}
      {tab === 'matrix' && <MatrixPanel studyId={study.id} />}
      {tab === 'team' && <TeamPanel study={study} />}
      {tab === 'export' && <ExportPanel studyId={study.id} />}
    </main>
  );
}
