import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TelaahDb } from '../../renderer/db/schema.ts';

describe('upgrading the database', () => {
  it('keeps the turns of a database written by the version-3 schema, and finds them by session', async () => {
    const name = `upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({
      studies: 'id, updatedAt',
      sessions: 'id, studyId',
      participants: 'id, studyId',
      turns: 'id, sessionId, [sessionId+order]',
      segments: 'id, studyId, sessionId, turnId',
      summaries: '[studyId+code+assistantType], studyId',
    });
    old.version(2).stores({ media: 'sessionId' });
    old.version(3).stores({ versions: 'id, sessionId, [sessionId+createdAt]' });
    await old.table('turns').bulkAdd([
      { id: 't2', sessionId: 's1', order: 2, speakerId: null, timestamp: null, text: 'kedua', rev: 0 },
      { id: 't1', sessionId: 's1', order: 1, speakerId: null, timestamp: null, text: 'pertama', rev: 0 },
      { id: 'x1', sessionId: 's2', order: 1, speakerId: null, timestamp: null, text: 'lain', rev: 0 },
    ]);
    old.close();

    const db = new TelaahDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect((await db.turns.where('sessionId').equals('s1').toArray()).map((t) => t.text).sort()).toEqual(['kedua', 'pertama']);
    expect((await db.turns.where('[sessionId+order]').between(['s1', -Infinity], ['s1', Infinity]).toArray()).map((t) => t.text)).toEqual(['pertama', 'kedua']);
    db.close();
    await Dexie.delete(name);
  });
});
