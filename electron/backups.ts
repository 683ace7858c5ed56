/**
 * The desktop backup folder: study snapshots as project files in the app's own folder
 * (userData/backups), written durably (durable-write.ts: a flushed temporary file renamed over) and pruned by
 * the keeping rules of shared/backups.ts. Only names that parse as snapshot names are
 * ever read or deleted, so nothing outside the folder can be reached through it.
 */
import { mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeDurably } from './durable-write.ts';
import type { BackupToWrite } from '../shared/api.ts';
import { backupsToPrune, unusedBackupName, byNewest, clampKeepDays, parseBackupName, titleFromProjectFile, type BackupInfo } from '../shared/backups.ts';

/** The study's title sits in the first few hundred bytes of a project file. */
const HEAD_BYTES = 4096;

export class BackupFolder {
  constructor(
    readonly folder: string,
    private readonly keepDays: () => number,
  ) {}

  async write(backup: BackupToWrite, now = new Date()): Promise<BackupInfo> {
    await mkdir(this.folder, { recursive: true });
    const taken = new Set(await readdir(this.folder));
    const id = unusedBackupName(backup.studyId, now, (name) => taken.has(name));
    const path = join(this.folder, id);
    await writeDurably(path, backup.content);
    await this.prune(now);
    return { id, studyId: backup.studyId, title: backup.title, createdAt: parseBackupName(id)!.createdAt, bytes: Buffer.byteLength(backup.content) };
  }

  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const found: BackupInfo[] = [];
    for (const name of names) {
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      const path = join(this.folder, name);
      const handle = await open(path, 'r');
      try {
        const head = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
        found.push({ id: name, ...parsed, title: titleFromProjectFile(head.subarray(0, bytesRead).toString('utf8')), bytes: (await handle.stat()).size });
      } finally {
        await handle.close();
      }
    }
    return byNewest(found);
  }

  async read(id: string): Promise<string> {
    if (!parseBackupName(id)) throw new Error('not a backup name');
    const path = join(this.folder, id);
    await stat(path);
    return readFile(path, 'utf8');
  }

  async prune(now = new Date()): Promise<string[]> {
    const gone = backupsToPrune(await this.list(), clampKeepDays(this.keepDays()), now);
    for (const id of gone) await unlink(join(this.folder, id));
    return gone;
  }
}
