import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../shared/formats/import-error.ts';
import { saveState, tracked } from '../../renderer/db/save-status.ts';

describe('the save status', () => {
  it('stays "saved" when a change is refused for its content, and says "failed" when storage fails', async () => {
    await expect(tracked(async () => Promise.reject(new ImportError('baru.txt', 3, { key: 'transcript.sessionCoded', values: { title: 'FGD 1' } })))).rejects.toBeInstanceOf(ImportError);
    expect(saveState()).toBe('saved');
    await expect(tracked(async () => Promise.reject(new Dexie.QuotaExceededError('disk full')))).rejects.toThrow('disk full');
    expect(saveState()).toBe('failed');
    await tracked(async () => undefined);
    expect(saveState()).toBe('saved');
  });
});
