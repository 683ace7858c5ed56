/**
 * Snapshots of every study kept outside the app's database, and restoring one. The runner
 * writes a study's project file through the host (desktop: the backup folder) when it
 * differs from the study's last snapshot; the app runs it every ten minutes, when asked,
 * and, on the desktop, before the window closes. Restoring opens a snapshot as a new
 * study, or puts it over its study after snapshotting the current state.
 */
import type { Api } from '../../shared/api.ts';
import { titleFromProjectFile, type BackupInfo } from '../../shared/backups.ts';
import type { ImportError } from '../../shared/formats/import-error.ts';
import { readProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import type { Study } from '../../shared/model.ts';
import { asNewStudy } from '../../shared/project-copy.ts';
import { addProject, loadProject, replaceProject } from './project.ts';
import type { TelaahDb } from './schema.ts';
import { digest, noteProjectState } from './save-reminder.ts';

export class BackupRunner {
  /** Digest of each study's newest snapshot. */
  private readonly last = new Map<string, string>();
  private ready: Promise<void> | null = null;
  private running: Promise<BackupInfo[]> = Promise.resolve([]);

  constructor(
    private readonly db: TelaahDb,
    private readonly host: Pick<Api, 'writeBackup' | 'listBackups' | 'readBackup'>,
  ) {}

  /** Learns what the newest snapshot of each study holds, so an unchanged study is not written again. */
  private initialise(): Promise<void> {
    this.ready ??= (async () => {
      const newest = new Map<string, BackupInfo>();
      for (const b of await this.host.listBackups()) if (!newest.has(b.studyId)) newest.set(b.studyId, b);
      for (const [studyId, b] of newest) this.last.set(studyId, await digest(await this.host.readBackup(b.id)));
    })();
    return this.ready;
  }

  /** Snapshots the studies that changed since their last snapshot (or only `studyId`, if given); runs one at a time. */
  backUp(options: { studyId?: string; force?: boolean } = {}): Promise<BackupInfo[]> {
    this.running = this.running.catch(() => []).then(() => this.run(options));
    return this.running;
  }

  private async run({ studyId, force = false }: { studyId?: string; force?: boolean }): Promise<BackupInfo[]> {
    await this.initialise();
    const studies: Study[] = studyId ? [await this.db.studies.get(studyId)].filter((s): s is Study => !!s) : await this.db.studies.toArray();
    const written: BackupInfo[] = [];
    for (const study of studies) {
      const content = writeProjectFile(await loadProject(this.db, study.id));
      const hash = await digest(content);
      noteProjectState(study.id, hash);
      if (!force && this.last.get(study.id) === hash) continue;
      written.push(await this.host.writeBackup({ studyId: study.id, title: study.title, content }));
      this.last.set(study.id, hash);
    }
    return written;
  }
}

/** Opens a snapshot as a study of its own, beside the one it came from. */
export async function restoreAsNewStudy(db: TelaahDb, content: string, backup: BackupInfo, title: string): Promise<{ study: Study; setAside: ImportError[] }> {
  const { project, setAside } = readProjectFile(content, backup.id);
  return { study: await addProject(db, asNewStudy(project, title)), setAside };
}

/**
 * Puts a snapshot over its study. The study's current state is snapshotted first, so
 * this too can be undone from the backups list. Sessions the snapshot lacks go, with
 * their recordings and versions.
 */
export async function restoreOverStudy(db: TelaahDb, runner: BackupRunner, content: string, backup: BackupInfo): Promise<ImportError[]> {
  const { project, setAside } = readProjectFile(content, backup.id);
  if (await db.studies.get(project.study.id)) await runner.backUp({ studyId: project.study.id, force: true });
  const kept = new Set(project.sessions.map((s) => s.id));
  await db.saveStatus.track(() =>
    db.transaction('rw', [db.sessions, db.media, db.versions], async () => {
      const gone = ((await db.sessions.where('studyId').equals(project.study.id).primaryKeys()) as string[]).filter((id) => !kept.has(id));
      await db.media.bulkDelete(gone);
      await db.versions.where('sessionId').anyOf(gone).delete();
    }),
  );
  await replaceProject(db, project);
  return setAside;
}

/** The title a restored copy gets: the snapshot's title and when it was taken. */
export function restoredTitle(content: string, backup: BackupInfo, when: string): string {
  return `${titleFromProjectFile(content) || backup.title} (${when})`;
}
