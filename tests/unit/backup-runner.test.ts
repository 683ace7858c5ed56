import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserBackupStore } from '../../renderer/db/backup-store.ts';
import { BackupRunner, restoreAsNewStudy, restoreOverStudy } from '../../renderer/db/backups.ts';
import { addProject, applyToProject, loadProject } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { codedStudy } from './sample-project.ts';

let db: TelaahDb;
let store: BrowserBackupStore;
let n = 0;

beforeEach(async () => {
  db = new TelaahDb(`telaah-runner-${++n}`);
  await db.open();
  store = new BrowserBackupStore(`telaah-backups-${n}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function hostOf(s: BrowserBackupStore) {
  return { writeBackup: (b: { studyId: string; title: string; content: string }) => s.write(b.studyId, b.title, b.content), listBackups: () => s.list(), readBackup: (id: string) => s.read(id) };
}

describe('backing up studies', () => {
  it('snapshots a study once, again only after it changes, and a new runner knows the last snapshot', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const runner = new BackupRunner(db, hostOf(store));
    expect(await runner.backUp()).toHaveLength(1);
    expect(await runner.backUp()).toHaveLength(0);
    // After a restart nothing changed: still nothing to write.
    expect(await new BackupRunner(db, hostOf(store)).backUp()).toHaveLength(0);
    await applyToProject(db, project.study.id, (p) => ({ ...p, sessions: p.sessions.map((s) => ({ ...s, memo: 'Suasana cair.' })) }));
    const written = await runner.backUp();
    expect(written.map((b) => b.title)).toEqual([project.study.title]);
    expect(await store.list()).toHaveLength(2);
  });

  it('keeps two browser snapshots of a study written in the same millisecond apart', async () => {
    const at = new Date('2026-11-22T10:00:00Z');
    const first = await store.write('studi', 'Sebelum', '{"a":1}', at);
    const second = await store.write('studi', 'Sesudah', '{"a":2}', at);
    expect(second.id).not.toBe(first.id);
    expect((await store.list()).map((b) => b.title)).toEqual(['Sesudah', 'Sebelum']);
  });

  it('a snapshot of a study holding a time an older Telaah let in is restored, that time set aside', async () => {
    const project = codedStudy();
    const bad = project.turns[3]!;
    await addProject(db, { ...project, turns: project.turns.map((t) => (t.id === bad.id ? { ...t, timestamp: -5 } : t)) });
    const runner = new BackupRunner(db, hostOf(store));
    const [snapshot] = await runner.backUp();
    const { study, setAside } = await restoreAsNewStudy(db, await store.read(snapshot!.id), snapshot!, 'Dipulihkan');
    expect(setAside.map((e) => e.reason.key)).toEqual(['project.badTime']);
    const restored = await loadProject(db, study.id);
    expect(restored.segments).toHaveLength(project.segments.length);
    expect(restored.turns.find((t) => t.text === bad.text)!.timestamp).toBeNull();
    expect(await restoreOverStudy(db, runner, await store.read(snapshot!.id), snapshot!)).toHaveLength(1);
  });

  it('restores a snapshot over its study after snapshotting the current state, and as a new study beside it', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const runner = new BackupRunner(db, hostOf(store));
    const [first] = await runner.backUp();
    const sessionId = project.sessions[0]!.id;
    await db.media.put({ sessionId, name: 'fgd.mp3', path: '/a/fgd.mp3' });
    // Everything coded is lost by mistake.
    await applyToProject(db, project.study.id, (p) => ({ ...p, segments: [], summaries: [] }));
    await restoreOverStudy(db, runner, await store.read(first!.id), first!);
    const restored = await loadProject(db, project.study.id);
    expect(restored.segments).toHaveLength(project.segments.length);
    expect(restored.summaries).toHaveLength(project.summaries.length);
    expect(await db.media.get(sessionId)).toBeDefined();
    // The state before the restore was kept as a snapshot of its own.
    const all = await store.list();
    expect(all).toHaveLength(2);
    const beforeRestore = await store.read(all[0]!.id);
    expect(JSON.parse(beforeRestore).segments).toEqual([]);

    const { study: copy } = await restoreAsNewStudy(db, await store.read(first!.id), first!, 'Salinan dari cadangan');
    expect(copy.id).not.toBe(project.study.id);
    expect((await loadProject(db, copy.id)).segments).toHaveLength(project.segments.length);
    expect((await loadProject(db, project.study.id)).segments).toHaveLength(project.segments.length);
  });

  it('refuses a damaged snapshot, naming it, and changes nothing', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const runner = new BackupRunner(db, hostOf(store));
    const [first] = await runner.backUp();
    const broken = (await store.read(first!.id)).slice(0, 500);
    await expect(restoreOverStudy(db, runner, broken, first!)).rejects.toThrow(first!.id);
    expect((await loadProject(db, project.study.id)).segments).toHaveLength(project.segments.length);
  });
});
