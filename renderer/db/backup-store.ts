/**
 * Where the web build keeps study snapshots: a browser database of its own, apart from the
 * app's database, so clearing or damaging one leaves the other. (The desktop app keeps
 * them as files in its backup folder instead; see electron/backups.ts.) Same naming and
 * keeping rules as the desktop: shared/backups.ts.
 */
import Dexie, { type Table } from 'dexie';
import { backupsToPrune, unusedBackupName, byNewest, clampKeepDays, parseBackupName, type BackupInfo } from '../../shared/backups.ts';

interface SnapshotRow extends BackupInfo {
  content: string;
}

class BackupDb extends Dexie {
  snapshots!: Table<SnapshotRow, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ snapshots: 'id, studyId, createdAt' });
  }
}

const KEEP_DAYS_KEY = 'telaah.backupKeepDays';

export class BrowserBackupStore {
  private readonly db: BackupDb;

  constructor(name = 'telaah-backups') {
    this.db = new BackupDb(name);
  }

  keepDays(): number {
    return clampKeepDays(Number(globalThis.localStorage?.getItem(KEEP_DAYS_KEY) ?? NaN));
  }

  setKeepDays(days: number): number {
    const kept = clampKeepDays(days);
    globalThis.localStorage?.setItem(KEEP_DAYS_KEY, String(kept));
    return kept;
  }

  async write(studyId: string, title: string, content: string, now = new Date()): Promise<BackupInfo> {
    return this.db.transaction('rw', this.db.snapshots, async () => {
      const taken = new Set((await this.db.snapshots.toCollection().primaryKeys()).map(String));
      const id = unusedBackupName(studyId, now, (name) => taken.has(name));
      const info: BackupInfo = { id, studyId, title, createdAt: parseBackupName(id)!.createdAt, bytes: new Blob([content]).size };
      await this.db.snapshots.put({ ...info, content });
      const all = await this.db.snapshots.toCollection().toArray();
      await this.db.snapshots.bulkDelete(backupsToPrune(all, this.keepDays(), now));
      return info;
    });
  }

  async list(): Promise<BackupInfo[]> {
    const rows: BackupInfo[] = [];
    await this.db.snapshots.each(({ content: _, ...info }) => void rows.push(info));
    return byNewest(rows);
  }

  async read(id: string): Promise<string> {
    const row = await this.db.snapshots.get(id);
    if (!row) throw new Error(`no backup ${id}`);
    return row.content;
  }
}
