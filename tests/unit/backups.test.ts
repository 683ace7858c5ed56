import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupFolder } from '../../electron/backups.ts';
import { createHandlers, type IpcEvent, type IpcHost } from '../../electron/ipc.ts';
import { backupName, backupsToPrune, clampKeepDays, parseBackupName, titleFromProjectFile } from '../../shared/backups.ts';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import { asNewStudy } from '../../shared/project-copy.ts';
import { parseProjectFile } from '../../shared/formats/project-file.ts';
import { codedStudy } from './sample-project.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('snapshot names and keeping rules', () => {
  it('names a snapshot by time and study, and reads the name back', () => {
    const at = new Date('2026-11-22T16:05:09.042Z');
    const name = backupName('0b6f-study-id', at);
    expect(name).toBe('20261122T160509042Z_0b6f-study-id.telaah.json');
    expect(parseBackupName(name)).toEqual({ studyId: '0b6f-study-id', createdAt: '2026-11-22T16:05:09.042Z' });
    for (const bad of ['../20261122T160509042Z_x.telaah.json', '20261122T160509042Z_a/b.telaah.json', 'studi.telaah.json', '20261122T160509042Z_x.telaah.json.tmp']) expect(parseBackupName(bad)).toBeNull();
    expect(() => backupName('../etc', at)).toThrow();
  });

  it('keeps at least 7 and at most 365 days, 7 by default', () => {
    expect([clampKeepDays(1), clampKeepDays(30), clampKeepDays(1000), clampKeepDays('x')]).toEqual([7, 30, 365, 7]);
  });

  it('prunes snapshots older than the kept days, but never the newest of a study', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const at = (days: number, study: string) => ({ id: `${study}-${days}`, studyId: study, createdAt: new Date(now.getTime() - days * DAY).toISOString() });
    const all = [at(1, 'a'), at(8, 'a'), at(30, 'a'), at(40, 'b'), at(6.9, 'c')];
    expect(backupsToPrune(all, 7, now).sort()).toEqual(['a-30', 'a-8']);
    expect(backupsToPrune(all, 10, now)).toEqual(['a-30']);
  });

  it('finds the study title at the start of a project file', () => {
    const p = codedStudy();
    const file = writeProjectFile({ ...p, study: { ...p.study, title: 'Studi "e-Warong" 2019' } });
    expect(titleFromProjectFile(file.slice(0, 4096))).toBe('Studi "e-Warong" 2019');
  });
});

describe('the desktop backup folder', () => {
  const folder = () => join(mkdtempSync(join(tmpdir(), 'telaah-backups-')), 'backups');

  it('writes a snapshot atomically, lists it with its title and size, and reads it back', async () => {
    const backups = new BackupFolder(folder(), () => 7);
    const p = codedStudy();
    const content = writeProjectFile(p);
    const info = await backups.write({ studyId: p.study.id, title: p.study.title, content }, new Date('2026-11-22T10:00:00Z'));
    expect(readdirSync(backups.folder)).toEqual([info.id]);
    expect(await backups.list()).toEqual([{ id: info.id, studyId: p.study.id, title: p.study.title, createdAt: '2026-11-22T10:00:00.000Z', bytes: Buffer.byteLength(content) }]);
    expect(await backups.read(info.id)).toBe(content);
    expect(parseProjectFile(await backups.read(info.id), info.id).segments).toHaveLength(p.segments.length);
  });

  it('keeps two snapshots of a study written in the same millisecond apart', async () => {
    const backups = new BackupFolder(folder(), () => 7);
    const at = new Date('2026-11-22T10:00:00Z');
    const first = await backups.write({ studyId: 'studi', title: 'Sebelum', content: '{"a":1}' }, at);
    const second = await backups.write({ studyId: 'studi', title: 'Sesudah', content: '{"a":2}' }, at);
    expect(second.id).not.toBe(first.id);
    expect(await backups.read(first.id)).toBe('{"a":1}');
    expect(await backups.read(second.id)).toBe('{"a":2}');
    expect((await backups.list()).map((b) => b.createdAt)).toEqual(['2026-11-22T10:00:00.001Z', '2026-11-22T10:00:00.000Z']);
  });

  it('drops old snapshots when it writes, keeping the newest of each study, and ignores other files', async () => {
    const backups = new BackupFolder(folder(), () => 7);
    const p = codedStudy();
    const content = writeProjectFile(p);
    const now = new Date('2026-11-22T10:00:00Z');
    await backups.write({ studyId: 'lama', title: 'Studi lama', content }, new Date(now.getTime() - 30 * DAY));
    await backups.write({ studyId: p.study.id, title: 'a', content }, new Date(now.getTime() - 9 * DAY));
    writeFileSync(join(backups.folder, 'catatan.txt'), 'bukan cadangan');
    await backups.write({ studyId: p.study.id, title: 'a', content }, now);
    const left = await backups.list();
    expect(left.map((b) => [b.studyId, b.createdAt])).toEqual([
      [p.study.id, '2026-11-22T10:00:00.000Z'],
      ['lama', '2026-10-23T10:00:00.000Z'],
    ]);
    expect(readdirSync(backups.folder)).toContain('catatan.txt');
  });

  it('reads only snapshot names, never a path', async () => {
    const backups = new BackupFolder(folder(), () => 7);
    await expect(backups.read('../../etc/passwd')).rejects.toThrow('not a backup name');
    await expect(backups.read('20261122T160509042Z_x.telaah.json')).rejects.toThrow();
  });
});

describe('the backup IPC handlers', () => {
  const trusted: IpcEvent = { senderFrame: { url: 'file:///opt/telaah/dist/index.html' } };
  function handlersFor(dir: string) {
    const folder = new BackupFolder(dir, () => 7);
    const unused = () => {
      throw new Error('not used by the backup handlers');
    };
    const host: IpcHost = {
      isTrustedSender: (e: IpcEvent) => e.senderFrame?.url === trusted.senderFrame?.url,
      chooseSavePath: unused,
      chooseFolder: unused,
      chooseOpenPath: unused,
      writeAtomically: unused,
      readFile: unused,
      joinPath: unused,
      baseName: unused,
      allowMedia: unused,
      reopenMedia: unused,
      userName: unused,
      allowServer: unused,
      recent: { list: unused, remember: unused, forget: unused },
      models: { shelf: unused, download: unused, cancel: unused },
      backups: { write: (b) => folder.write(b), list: () => folder.list(), read: (id) => folder.read(id), settings: () => ({ keepDays: 7, location: dir, storage: 'disk' }), setKeepDays: () => ({ keepDays: 7, location: dir, storage: 'disk' }) },
    };
    return createHandlers(host);
  }

  it('writes and reads snapshots for the app window only, validating every argument', async () => {
    const dir = folder();
    const handlers = handlersFor(dir);
    const info = (await handlers.writeBackup(trusted, { studyId: 'abc-1', title: 'Studi', content: '{}' })) as { id: string };
    expect(await handlers.readBackup(trusted, info.id)).toBe('{}');
    await expect(handlers.writeBackup({ senderFrame: { url: 'https://evil.example/' } }, { studyId: 'abc-1', title: 'x', content: '' })).rejects.toThrow('unknown sender');
    await expect(handlers.writeBackup(trusted, { studyId: '../../x', title: 'x', content: '' })).rejects.toThrow('study id');
    await expect(handlers.writeBackup(trusted, { studyId: 'abc', title: 'x', content: 5 })).rejects.toThrow('content');
    await expect(handlers.readBackup(trusted, '/etc/passwd')).rejects.toThrow('not a backup name');
    await expect(handlers.setBackupKeepDays(trusted, 'banyak')).rejects.toThrow('number');
    expect(readdirSync(dir)).toEqual([info.id]);
  });

  function folder() {
    return join(mkdtempSync(join(tmpdir(), 'telaah-ipc-backups-')), 'backups');
  }
});

describe('restoring a snapshot as a new study', () => {
  it('gives every record a fresh id and keeps every reference', () => {
    const p = codedStudy();
    const copy = asNewStudy({ ...p, summaries: [{ ...p.summaries[0]!, exemplars: [p.segments[0]!.id] }] }, 'Salinan');
    expect(copy.study.id).not.toBe(p.study.id);
    expect(copy.study.title).toBe('Salinan');
    const oldIds = new Set([...p.sessions, ...p.participants, ...p.turns, ...p.segments].map((x) => x.id));
    expect([...copy.sessions, ...copy.participants, ...copy.turns, ...copy.segments].some((x) => oldIds.has(x.id))).toBe(false);
    // The copy is a sound project whose text, codes and speakers are those of the original.
    const reread = parseProjectFile(writeProjectFile(copy), 'salinan.telaah.json');
    expect(reread.segments.map((s) => [s.text, s.codes])).toEqual(parseProjectFile(writeProjectFile(p), 'x').segments.map((s) => [s.text, s.codes]));
    expect(reread.summaries[0]!.exemplars).toEqual([copy.segments.find((s) => s.text === p.segments[0]!.text)!.id]);
  });
});

