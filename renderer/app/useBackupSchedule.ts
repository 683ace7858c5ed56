/**
 * Keeps snapshots going: a first check a minute after the app starts (off the start-up
 * path, where the first screen is being read), then every ten minutes, and on the desktop
 * once more before the window closes. A check writes only studies that changed.
 */
import { useEffect, useMemo } from 'react';
import type { Api } from '../../shared/api.ts';
import { BACKUP_INTERVAL_MINUTES } from '../../shared/backups.ts';
import { BackupRunner } from '../db/backups.ts';
import type { TelaahDb } from '../db/schema.ts';

const FIRST_CHECK_MS = 60_000;

export function useBackupSchedule(db: TelaahDb, host: Api): BackupRunner {
  const runner = useMemo(() => new BackupRunner(db, host), [db, host]);
  useEffect(() => {
    const check = () => void runner.backUp().catch((error: unknown) => console.error('backup failed', error));
    const first = setTimeout(check, FIRST_CHECK_MS);
    const timer = setInterval(check, BACKUP_INTERVAL_MINUTES * 60 * 1000);
    host.onBeforeQuit(async () => void (await runner.backUp()));
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [runner, host]);
  return runner;
}
