/** One snapshot: when, which study, how big; restore it as a new study or over its study. */
import type { BackupInfo } from '../../../shared/backups.ts';
import { describeImportError, ImportError } from '../../../shared/formats/import-error.ts';
import { useBackupRunner } from '../../db/backup-context.tsx';
import { restoreAsNewStudy, restoredTitle, restoreOverStudy } from '../../db/backups.ts';
import { useDb } from '../../db/context.tsx';
import { useSetAsideNote } from '../../db/useFileImport.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { navigate } from '../../router.ts';
import { messageOf, type useNotice } from '../../ui/Notice.tsx';
import { localeOf } from '../../../shared/locale.ts';

interface Props {
  backup: BackupInfo;
  studyExists: boolean;
  notices: ReturnType<typeof useNotice>;
  onRestored(): Promise<void>;
}

export function BackupRow({ backup: b, studyExists, notices, onRestored }: Props) {
  const { t, lang } = useLang();
  const db = useDb();
  const host = useHost();
  const runner = useBackupRunner();
  const setAsideNote = useSetAsideNote();
  const when = new Date(b.createdAt).toLocaleString(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' });

  async function restore(over: boolean) {
    if (over && !window.confirm(t('backups.overConfirm', { title: b.title, when }))) return;
    try {
      const content = await host.readBackup(b.id);
      if (over) {
        const setAside = await restoreOverStudy(db, runner, content, b);
        notices.info(t('backups.restoredOver', { title: b.title, when }) + setAsideNote(setAside));
        await onRestored();
        // Values set aside are said here, where the notice stays, rather than lost in a page change.
        if (setAside.length === 0) navigate({ page: 'study', studyId: b.studyId, tab: 'sessions' });
      } else {
        const { study, setAside } = await restoreAsNewStudy(db, content, b, restoredTitle(content, b, t('backups.copyOf', { when })));
        if (setAside.length === 0) navigate({ page: 'study', studyId: study.id, tab: 'sessions' });
        else notices.info(t('backups.restoredCopy', { title: study.title }) + setAsideNote(setAside));
      }
    } catch (e) {
      notices.error(e instanceof ImportError ? describeImportError(e, lang) : t('error.unexpected', { message: messageOf(e) }));
    }
  }

  return (
    <tr data-backup={b.id}>
      <td>{when}</td>
      <td>{b.title}</td>
      <td>{(b.bytes / 1024).toLocaleString(localeOf(lang), { maximumFractionDigits: 0 })} KB</td>
      <td className="actions">
        <button type="button" onClick={() => void restore(false)}>
          {t('backups.asNew')}
        </button>
        {studyExists && (
          <button type="button" onClick={() => void restore(true)}>
            {t('backups.over')}
          </button>
        )}
      </td>
    </tr>
  );
}
