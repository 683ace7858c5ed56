import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { moveRole, removeRole } from '../../shared/codebook-edit.ts';
import { addProject, applyToProject, loadProject } from '../../renderer/db/project.ts';
import { TelaahDb } from '../../renderer/db/schema.ts';
import { CannotRestore, deleteParticipant, deleteSession, deleteStudyKept, removeCodes, restoreDeleted } from '../../renderer/db/trash.ts';
import { saveVersion } from '../../renderer/db/versions.ts';
import { codedStudy } from './sample-project.ts';

let db: TelaahDb;
let n = 0;

beforeEach(async () => {
  db = new TelaahDb(`telaah-trash-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const summary = (p: Awaited<ReturnType<typeof loadProject>>) => ({
  sessions: p.sessions.map((s) => s.title),
  turns: p.turns.map((t) => [t.id, t.speakerId, t.text]).sort(),
  segments: p.segments.map((s) => [s.id, s.codes.join(' '), s.text]).sort(),
  summaries: p.summaries.map((s) => [s.code, s.assistantType, s.text]).sort(),
  codebook: p.study.codebook,
  participants: p.participants.map((x) => x.label).sort(),
});

describe('deleting with a way back', () => {
  it('restores a deleted session with its turns, segments, recording and versions', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const sessionId = project.sessions[0]!.id;
    await db.media.put({ sessionId, name: 'fgd.mp3', path: '/rekaman/fgd.mp3' });
    await saveVersion(db, sessionId, 'manual');
    const before = summary(await loadProject(db, project.study.id));
    const deleted = await deleteSession(db, sessionId);
    expect(deleted).toMatchObject({ kind: 'session', name: 'FGD Sukamaju' });
    expect((await loadProject(db, project.study.id)).turns).toHaveLength(0);
    expect(await db.media.get(sessionId)).toBeUndefined();
    await restoreDeleted(db, deleted!.id);
    expect(summary(await loadProject(db, project.study.id))).toEqual(before);
    expect((await db.media.get(sessionId))?.path).toBe('/rekaman/fgd.mp3');
    expect(await db.versions.where('sessionId').equals(sessionId).count()).toBe(1);
    expect(db.trash.items().some((d) => d.id === deleted!.id)).toBe(false);
  });

  it('leaves a deleted participant’s turns without speaker, and gives them back on restore', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const sari = project.participants.find((p) => p.label === 'Bu Sari')!;
    const spoken = project.turns.filter((t) => t.speakerId === sari.id).length;
    expect(spoken).toBeGreaterThan(0);
    const before = summary(await loadProject(db, project.study.id));
    const deleted = await deleteParticipant(db, sari.id);
    const after = await loadProject(db, project.study.id);
    expect(after.participants.map((p) => p.label)).not.toContain('Bu Sari');
    expect(after.turns.filter((t) => t.speakerId === sari.id)).toHaveLength(0);
    await restoreDeleted(db, deleted!.id);
    expect(summary(await loadProject(db, project.study.id))).toEqual(before);
  });

  it('restores removed codes with their segments and summaries, renumbering what was coded since', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const before = summary(await loadProject(db, project.study.id));
    // Removing role 1 renumbers roles 2–4 to 1–3; segments of role 1 lose that code.
    const deleted = await removeCodes(db, project.study.id, '4.1.* Broker', (cb) => removeRole(cb, 1, null));
    const removed = await loadProject(db, project.study.id);
    expect(removed.study.codebook.roles.map((r) => r.name.en)).toEqual(['Mediator', 'Educator', 'Facilitator']);
    expect(removed.segments.flatMap((s) => s.codes).every((c) => !c.startsWith('4.4.'))).toBe(true);
    // Coded after the removal: 4.1.5 now means Mediator, which is 4.2.5 once Broker is back.
    const turn = removed.turns[3]!;
    await applyToProject(db, project.study.id, (p) => ({ ...p, segments: [...p.segments, { ...p.segments[0]!, id: 'baru', turnId: turn.id, sessionId: turn.sessionId, start: 0, end: 4, text: turn.text.slice(0, 4), codes: ['4.1.5'] }] }));
    await restoreDeleted(db, deleted.id);
    const restored = await loadProject(db, project.study.id);
    const { segments: restoredSegments, ...rest } = summary(restored);
    const { segments: beforeSegments, ...beforeRest } = before;
    expect(rest).toEqual(beforeRest);
    expect(restoredSegments.filter((s) => s[0] !== 'baru')).toEqual(beforeSegments);
    expect(restored.segments.find((s) => s.id === 'baru')?.codes).toEqual(['4.2.5']);
  });

  it('refuses to restore removed codes once the codebook has been edited again, changing nothing', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const deleted = await removeCodes(db, project.study.id, '4.1.* Broker', (cb) => removeRole(cb, 1, 2));
    await applyToProject(db, project.study.id, (p) => ({ ...p, study: { ...p.study, codebook: moveRole(p.study.codebook, 1, 2).codebook } }));
    const now = summary(await loadProject(db, project.study.id));
    await expect(restoreDeleted(db, deleted.id)).rejects.toBeInstanceOf(CannotRestore);
    expect(summary(await loadProject(db, project.study.id))).toEqual(now);
    expect(db.trash.items().some((d) => d.id === deleted.id)).toBe(true);
  });
});

describe('deleting a whole study', () => {
  it('is kept to be put back whole, listed with what else was deleted, and not over the same study opened again', async () => {
    const project = codedStudy();
    await addProject(db, project);
    const sessionId = project.sessions[0]!.id;
    await db.media.put({ sessionId, name: 'fgd.mp3', path: '/a/fgd.mp3' });
    await saveVersion(db, sessionId, 'manual');
    const deleted = await deleteStudyKept(db, project.study.id);
    expect(deleted).toMatchObject({ kind: 'study', name: project.study.title });
    expect(await db.studies.count()).toBe(0);
    expect(await db.segments.count()).toBe(0);
    expect(db.trash.items().map((d) => d.kind)).toEqual(['study']);
    await restoreDeleted(db, deleted!.id);
    const back = await loadProject(db, project.study.id);
    expect(back.segments).toHaveLength(project.segments.length);
    expect(back.turns.map((t) => t.text).sort()).toEqual(project.turns.map((t) => t.text).sort());
    expect(await db.media.get(sessionId)).toMatchObject({ name: 'fgd.mp3' });
    expect(await db.versions.where('sessionId').equals(sessionId).count()).toBe(1);
    expect(db.trash.items()).toEqual([]);
    // Deleted again, then the study opened again from its file: the kept copy does not overwrite it.
    const again = await deleteStudyKept(db, project.study.id);
    await addProject(db, project);
    await expect(restoreDeleted(db, again!.id)).rejects.toBeInstanceOf(CannotRestore);
  });
});
