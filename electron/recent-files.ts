/**
 * The project files opened or saved lately, kept in the app's data folder (recent.json),
 * newest first and at most RECENT_LIMIT; each one is also handed to the system's recent
 * documents (the Dock's and the taskbar's jump list). Only these paths can be read again
 * by path (electron/ipc.ts).
 */
import { RECENT_LIMIT, withRecent, type RecentFile } from '../shared/desktop.ts';

export interface RecentStorage {
  load(): unknown;
  save(list: RecentFile[]): void;
  /** The system's recent documents. */
  addToSystem(path: string): void;
  baseName(path: string): string;
  now(): string;
}

function isRecent(v: unknown): v is RecentFile {
  const o = v as Record<string, unknown>;
  return typeof v === 'object' && v !== null && typeof o.path === 'string' && typeof o.name === 'string' && typeof o.openedAt === 'string';
}

export class RecentFiles {
  private files: RecentFile[] | null = null;

  constructor(private readonly storage: RecentStorage) {}

  list(): RecentFile[] {
    if (this.files === null) {
      let stored: unknown;
      try {
        stored = this.storage.load();
      } catch {
        stored = [];
      }
      this.files = Array.isArray(stored) ? stored.filter(isRecent).slice(0, RECENT_LIMIT) : [];
    }
    return this.files;
  }

  remember(path: string): void {
    this.files = withRecent(this.list(), path, this.storage.baseName(path), this.storage.now());
    this.storage.save(this.files);
    this.storage.addToSystem(path);
  }

  forget(path: string): void {
    this.files = this.list().filter((r) => r.path !== path);
    this.storage.save(this.files);
  }
}
