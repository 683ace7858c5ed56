/**
 * Saving files through the host: one file goes to a save dialog (or a download), several
 * go into a folder the user picks. The outcome is reported through a notice, and the
 * returned promise says whether anything was saved.
 */
import { useCallback } from 'react';
import type { FileFilter, FileToSave } from '../../shared/api.ts';
import { useHost } from '../host/context.tsx';
import { useT } from '../i18n/context.tsx';
import { messageOf, type useNotice } from './Notice.tsx';

export function useFileSave(notices: ReturnType<typeof useNotice>) {
  const host = useHost();
  const t = useT();
  return useCallback(
    async (files: FileToSave[], filters: FileFilter[] = []) => {
      notices.clear();
      try {
        const [only] = files;
        const result = files.length === 1 && only ? await host.saveFile(only, filters) : await host.saveFiles(files);
        if (result.saved) notices.info(t('export.saved', { location: result.location ?? '' }));
        return result.saved;
      } catch (e) {
        notices.error(t('error.unexpected', { message: messageOf(e) }));
        return false;
      }
    },
    [host, t, notices],
  );
}
