/**
 * Snapshots of studies outside the browser's storage. A snapshot is a study's project
 * file, named `{yyyymmddThhmmssmmmZ}_{studyId}.telaah.json` so that a name says which study and
 * when, sorts by time and can never point outside its folder. Snapshots are kept for a
 * settable number of days (at least 7); the newest snapshot of each study is always kept.
 * The desktop app keeps them in a folder, the web build in a separate browser database;
 * both follow these rules.
 */

export interface BackupInfo {
  /** The file name; also the id the renderer asks for. */
  id: string;
  studyId: string;
  title: string;
  /** ISO time the snapshot was written. */
  createdAt: string;
  bytes: number;
}

export const BACKUP_INTERVAL_MINUTES = 10;
export const KEEP_DAYS = { min: 7, max: 365, fallback: 7 } as const;

const STUDY_ID = /^[A-Za-z0-9-]{1,64}$/;
const NAME = /^(\d{8}T\d{9}Z)_([A-Za-z0-9-]{1,64})\.telaah\.json$/;

export function isStudyId(value: unknown): value is string {
  return typeof value === 'string' && STUDY_ID.test(value);
}

export function backupName(studyId: string, at: Date): string {
  if (!isStudyId(studyId)) throw new Error(`not a study id: ${studyId}`);
  return `${at.toISOString().replace(/[-:.]/g, '')}_${studyId}.telaah.json`;
}

/**
 * A name for a new snapshot that no snapshot has yet: a second snapshot of a study in the
 * same millisecond takes the next free millisecond, so it never overwrites the first.
 */
export function unusedBackupName(studyId: string, at: Date, isTaken: (name: string) => boolean): string {
  for (let ms = 0; ; ms++) {
    const name = backupName(studyId, new Date(at.getTime() + ms));
    if (!isTaken(name)) return name;
  }
}

/** The study and time a snapshot's name stands for, or null when it is no snapshot name. */
export function parseBackupName(name: string): { studyId: string; createdAt: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const s = match[1]!;
  const createdAt = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  return Number.isNaN(Date.parse(createdAt)) ? null : { studyId: match[2]!, createdAt };
}

/** The study title from the start of a project file (the study comes first, its title second). */
export function titleFromProjectFile(head: string): string {
  const match = /"study":\s*\{\s*"id":\s*"[^"]*",\s*"title":\s*("(?:[^"\\]|\\.)*")/.exec(head);
  if (!match) return '';
  try {
    return JSON.parse(match[1]!) as string;
  } catch {
    return '';
  }
}

export function clampKeepDays(days: unknown): number {
  const n = typeof days === 'number' && Number.isFinite(days) ? Math.round(days) : KEEP_DAYS.fallback;
  return Math.min(KEEP_DAYS.max, Math.max(KEEP_DAYS.min, n));
}

/** Snapshots older than `keepDays`, except the newest of each study. */
export function backupsToPrune(backups: readonly Pick<BackupInfo, 'id' | 'studyId' | 'createdAt'>[], keepDays: number, now: Date): string[] {
  const newest = new Map<string, string>();
  for (const b of backups) if ((newest.get(b.studyId) ?? '') < b.createdAt) newest.set(b.studyId, b.createdAt);
  const limit = now.getTime() - clampKeepDays(keepDays) * 24 * 60 * 60 * 1000;
  return backups.filter((b) => Date.parse(b.createdAt) < limit && newest.get(b.studyId) !== b.createdAt).map((b) => b.id);
}

/** Newest first. */
export function byNewest<B extends Pick<BackupInfo, 'createdAt'>>(backups: B[]): B[] {
  return [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
