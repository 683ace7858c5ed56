/** The app's one backup runner, for the screens that back up or restore. */
import { createContext, useContext, type ReactNode } from 'react';
import type { BackupRunner } from './backups.ts';

const BackupContext = createContext<BackupRunner | null>(null);

export function BackupProvider({ runner, children }: { runner: BackupRunner; children: ReactNode }) {
  return <BackupContext.Provider value={runner}>{children}</BackupContext.Provider>;
}

export function useBackupRunner(): BackupRunner {
  const runner = useContext(BackupContext);
  if (!runner) throw new Error('useBackupRunner outside BackupProvider');
  return runner;
}
