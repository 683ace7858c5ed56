/**
 * "Cadangan": the snapshots kept of every study, newest first, each restorable as a new
 * study or over its study; how long they are kept and where; and what was deleted since
 * the app started, to put back.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BackupSettings } from '../../../shared/api.ts';
import type { BackupInfo } from '../../../shared/backups.ts';
import { useBackupRunner } from '../../db/backup-context.tsx';
import { useStudies } from '../../db/hooks.ts';
import { useHost } from '../../host/context.tsx';
import { useLang } from '../../i18n/context.tsx';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';
import { BackupRow } from './BackupRow.tsx';
import { DeletedList } from './DeletedList.tsx';
import { ActionsHeader } from '../../ui/ActionsHeader.tsx';

export function BackupsPage() {
  const { t } = useLang();
  const host = useHost();
  const runner = useBackupRunner();
  const studies = useStudies();
  const notices = useNotice();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [settings, setSettings] = useState<BackupSettings | null>(null);

  const refresh = useCallback(async () => {
    setBackups(await host.listBackups());
    setSettings(await host.backupSettings());
  }, [host]);
  useEffect(() => void refresh(), [refresh]);

  async function backUpNow() {
    try {
      const written = await runner.backUp();
      notices.info(written.length ? t('backups.written', { n: written.length }) : t('backups.unchanged'));
      await refresh();
    } catch (e) {
      notices.error(t('error.unexpected', { message: messageOf(e) }));
    }
  }

  const existing = new Set(studies?.map((s) => s.id));
  return (
    <main className="page backups-page">
      <h2>{t('backups.title')}</h2>
      <p className="muted">{t('backups.intro')}</p>
      {settings && (
        <div className="toolbar backup-settings">
          <label>
            {t('backups.keepDays')}
            <input type="number" min={7} max={365} defaultValue={settings.keepDays} onBlur={(e) => void host.setBackupKeepDays(Number(e.target.value)).then(setSettings)} />
          </label>
          <span className="muted" data-testid="backup-location">
            {t('backups.location', { location: settings.location })} · {t(`backups.storage.${settings.storage}`)}
          </span>
          <span className="spacer" />
          <button type="button" className="primary" onClick={() => void backUpNow()}>
            {t('backups.now')}
          </button>
        </div>
      )}
      <Notice notice={notices.notice} onClose={notices.clear} />
      {backups?.length === 0 && <p className="empty">{t('backups.none')}</p>}
      {backups && backups.length > 0 && (
        <table className="data-table backups-table">
          <thead>
            <tr>
              <th>{t('backups.when')}</th>
              <th>{t('backups.study')}</th>
              <th>{t('backups.size')}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <BackupRow key={b.id} backup={b} studyExists={existing.has(b.studyId)} notices={notices} onRestored={refresh} />
            ))}
          </tbody>
        </table>
      )}
      <DeletedList />
    </main>
  );
}
