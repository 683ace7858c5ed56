/**
 * Opening a project file as a study, whichever way it came (the buttons, the File menu, a
 * double-click, the recent list, a drop): Telaah's own `.telaah.json` or a REFI-QDA
 * `.qdpx`. A study already on this device asks first (StudyExistsDialog); everything goes
 * through the same readers and all-or-nothing rules.
 */
import { useState } from 'react';
import type { OpenedFile } from '../../../shared/api.ts';
import { readProjectFile } from '../../../shared/formats/project-file.ts';
import { readQdpx } from '../../../shared/formats/qdpx-read.ts';
import type { Project } from '../../../shared/model.ts';
import { asNewStudy, untakenTitle } from '../../../shared/project-copy.ts';
import { studyTitles } from '../../db/studies.ts';
import { useDb } from '../../db/context.tsx';
import { addProject, replaceProject, StudyExists } from '../../db/project.ts';
import { useImportErrors, useSetAsideNote } from '../../db/useFileImport.ts';
import { useT } from '../../i18n/context.tsx';
import type { useNotice } from '../../ui/Notice.tsx';
import type { ExistingChoice } from './StudyExistsDialog.tsx';

export function useProjectOpener(notices: ReturnType<typeof useNotice>) {
  const db = useDb();
  const t = useT();
  const reportError = useImportErrors(notices);
  const setAsideNote = useSetAsideNote();
  const [existing, setExisting] = useState<{ project: Project; setAside: string } | null>(null);

  /** Reads the file and adds its study; the message says what came in. */
  async function open(file: OpenedFile): Promise<void> {
    notices.clear();
    try {
      const qdpx = file.name.toLowerCase().endsWith('.qdpx');
      const read = qdpx ? readQdpx(file.bytes ?? new TextEncoder().encode(file.content), file.name) : { ...readProjectFile(file.content, file.name), skipped: null };
      const { project, skipped } = read;
      const setAside = setAsideNote(read.setAside);
      try {
        await addProject(db, project);
      } catch (e) {
        // A study this device has (also Telaah's own .qdpx of it): replace it, or open a copy beside it.
        if (!(e instanceof StudyExists)) throw e;
        return setExisting({ project, setAside });
      }
      if (!skipped) return notices.info(t('studies.opened', { title: project.study.title }) + setAside);
      const left = skipped.selections + skipped.sources + skipped.codings;
      notices.info(t('studies.openedQdpx', { title: project.study.title, segments: project.segments.length }) + (left ? ` ${t('studies.qdpxSkipped', skipped)}` : '') + setAside);
    } catch (e) {
      reportError(e);
    }
  }

  async function chooseForExisting(choice: ExistingChoice): Promise<void> {
    setExisting(null);
    if (!existing || choice === 'cancel') return;
    const { project, setAside } = existing;
    try {
      if (choice === 'replace') await replaceProject(db, project);
      else await addProject(db, asNewStudy(project, untakenTitle(t('studies.copyTitle', { title: project.study.title }), await studyTitles(db))));
      notices.info(t(choice === 'replace' ? 'studies.replaced' : 'studies.openedCopy', { title: project.study.title }) + setAside);
    } catch (e) {
      reportError(e);
    }
  }

  return { open, existing: existing?.project ?? null, chooseForExisting };
}
