import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/formats/import-error.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { SaveStatus } from '../../renderer/db/save-status.ts';

describe('the save status', () => {
  it('stays "saved" when a change is refused for its content, says "full" when storage has no room and "failed" when it fails otherwise', async () => {
    const status = new SaveStatus();
    await expect(status.track(async () => Promise.reject(new ImportError('baru.txt', 3, { key: 'transcript.sessionCoded', values: { title: 'FGD 1' } })))).rejects.toBeInstanceOf(ImportError);
    expect(status.state()).toBe('saved');
    await expect(status.track(async () => Promise.reject(new Dexie.QuotaExceededError('disk full')))).rejects.toThrow('disk full');
    expect(status.state()).toBe('full');
    // As Dexie reports IndexedDB's own quota error: an abort whose inner error is the DOMException.
    const aborted = new Dexie.AbortError('transaction aborted', new DOMException('quota', 'QuotaExceededError'));
    await expect(status.track(async () => Promise.reject(aborted))).rejects.toBe(aborted);
    expect(status.state()).toBe('full');
    await status.track(async () => undefined);
    expect(status.state()).toBe('saved');
    await expect(status.track(async () => Promise.reject(new Dexie.DatabaseClosedError('closed')))).rejects.toThrow();
    expect(status.state()).toBe('failed');
  });

  it('says "saving" while a write is in flight or an edit waits, and tells its watchers', async () => {
    const status = new SaveStatus();
    const seen: string[] = [];
    status.subscribe(() => seen.push(status.state()));
    let finish!: () => void;
    const write = status.track(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(status.state()).toBe('saving');
    finish();
    await write;
    status.markUnsaved('session:a', true);
    status.markUnsaved('session:a', true);
    status.markUnsaved('session:a', false);
    expect(seen).toEqual(['saving', 'saved', 'saving', 'saved']);
  });

  it('is each database’s own: a failure in one does not show in another', async () => {
    const one = new TelaahDb(`save-status-${Math.random()}`);
    const other = new TelaahDb(`save-status-${Math.random()}`);
    await expect(one.saveStatus.track(async () => Promise.reject(new Dexie.QuotaExceededError('disk full')))).rejects.toThrow();
    expect(one.saveStatus.state()).toBe('full');
    expect(other.saveStatus.state()).toBe('saved');
    one.close();
    other.close();
  });
});
