/**
 * Applying one shared/ importer to the study, all or nothing, to a file the host asks the
 * user for (given the filters) or one already at hand (dropped on the window). Errors (naming file and line, in the UI's language) and success are reported
 * through a notice. `reportError` serves importers that first ask the user something.
 */
import { useCallback } from 'react';
import type { FileFilter, OpenedFile } from '../../shared/api.ts';
import { describeImportError, ImportError } from '../../shared/formats/import-error.ts';
import type { Project } from '../../shared/model.ts';
import { useDb } from './context.tsx';
import { isStorageFailure, isStorageFull } from './save-status.ts';
import { applyToProject } from './project.ts';
import { useHost } from '../host/context.tsx';
import { useLang } from '../i18n/context.tsx';
import { messageOf, type useNotice } from '../ui/Notice.tsx';

export type Importer = (project: Project, text: string, file: string) => Project;

export function useImportErrors(notices: ReturnType<typeof useNotice>) {
  const { t, lang } = useLang();
  return useCallback(
    (e: unknown) => notices.error(e instanceof ImportError ? t('error.import', { message: describeImportError(e, lang) }) : t('error.unexpected', { message: messageOf(e) })),
    [t, lang, notices],
  );
}

/**
 * Says that `what` (an import, a version) is not stored when the storage refused it, with
 * why in words (a full disk above all); null for any other error.
 */
export function useStorageProblem() {
  const { t } = useLang();
  return useCallback(
    (error: unknown, what: string): string | null =>
      isStorageFailure(error) ? t('storage.notStored', { what, why: isStorageFull(error) ? t('storage.full') : t('storage.failed', { message: messageOf(error) }) }) : null,
    [t],
  );
}

/** What a notice adds when values of a study had to be set aside to open it: how many, and the first few with where they were. */
export function useSetAsideNote() {
  const { t, lang } = useLang();
  return useCallback(
    (setAside: readonly ImportError[]) => (setAside.length === 0 ? '' : ` ${t('studies.setAside', { count: setAside.length, what: setAside.slice(0, 3).map((e) => describeImportError(e, lang)).join('; ') })}`),
    [t, lang],
  );
}

export function useFileImport(studyId: string, notices: ReturnType<typeof useNotice>) {
  const db = useDb();
  const host = useHost();
  const reportError = useImportErrors(notices);
  return useCallback(
    async (source: FileFilter[] | OpenedFile, importer: Importer, describe: (file: string, project: Project) => string): Promise<Project | null> => {
      notices.clear();
      const file = Array.isArray(source) ? await host.openFile(source) : source;
      if (!file) return null;
      try {
        const project = await applyToProject(db, studyId, (p) => importer(p, file.content, file.name));
        notices.info(describe(file.name, project));
        return project;
      } catch (e) {
        reportError(e);
        return null;
      }
    },
    [db, host, studyId, notices, reportError],
  );
}
