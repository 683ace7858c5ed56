/**
 * What was deleted in this run of the app, newest first, kept in memory so it can be put
 * back until the app is closed or reloaded. Each database holds its own (`db.trash`);
 * trash.ts deletes and restores.
 */
import { newId } from '../../shared/model.ts';
import type { TelaahDb } from './schema.ts';

export type DeletedKind = 'study' | 'session' | 'participant' | 'codes';

export interface Deleted {
  id: string;
  studyId: string;
  kind: DeletedKind;
  /** What the user deleted, as the UI names it: a session title, a participant label, a role or agenda. */
  name: string;
  deletedAt: string;
  restore(db: TelaahDb): Promise<void>;
}

export class Trash {
  private deleted: readonly Deleted[] = [];
  private readonly listeners = new Set<() => void>();

  private notify() {
    for (const l of this.listeners) l();
  }

  /** Everything deleted since the app started, newest first. */
  readonly items = (): readonly Deleted[] => this.deleted;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  remember(entry: Omit<Deleted, 'id' | 'deletedAt'>): Deleted {
    const full = { ...entry, id: newId(), deletedAt: new Date().toISOString() };
    this.deleted = [full, ...this.deleted];
    this.notify();
    return full;
  }

  find(id: string): Deleted | undefined {
    return this.deleted.find((d) => d.id === id);
  }

  forget(id: string): void {
    this.deleted = this.deleted.filter((d) => d.id !== id);
    this.notify();
  }
}
