/**
 * A shared study's own records (the study, participants, sessions, summaries) kept the same
 * in this computer's database and in the study's document: whatever the app writes to the
 * database goes to the document, whatever a teammate wrote arrives in the database, merged
 * against what both last held (records-merge.ts). A session a teammate removed goes with
 * its transcript.
 */
import { liveQuery, type Subscription } from 'dexie';
import type * as Y from 'yjs';
import { mergeRecords } from '../../../shared/collab/records-merge.ts';
import { documentRecords, partRecords, recordsByKind, writeRecords, type StudyPart, type StudyRecord } from '../../../shared/collab/study-doc.ts';
import type { TelaahDb } from '../../db/schema.ts';

async function readPart(db: TelaahDb, studyId: string): Promise<StudyPart | null> {
  return db.transaction('r', [db.studies, db.participants, db.sessions, db.summaries], async () => {
    const study = await db.studies.get(studyId);
    if (!study) return null;
    return {
      study,
      participants: await db.participants.where('studyId').equals(studyId).toArray(),
      sessions: await db.sessions.where('studyId').equals(studyId).toArray(),
      summaries: (await db.summaries.where('studyId').equals(studyId).toArray()).map(({ studyId: _, ...summary }) => summary),
    };
  });
}

async function writeLocal(db: TelaahDb, studyId: string, changes: ReadonlyMap<string, StudyRecord | null>): Promise<void> {
  if (changes.size === 0) return;
  const { study, participants, sessions, summaries } = recordsByKind(changes);
  await db.saveStatus.track(() =>
    db.transaction('rw', [db.studies, db.participants, db.sessions, db.summaries, db.turns, db.segments, db.versions, db.media], async () => {
      if (study) await db.studies.put(study);
      for (const [id, p] of participants) await (p ? db.participants.put({ ...p, studyId }) : db.participants.delete(id));
      for (const [id, s] of sessions) {
        if (s) {
          await db.sessions.put({ ...s, studyId });
          continue;
        }
        await db.media.delete(id);
        await db.versions.where('sessionId').equals(id).delete();
        await db.segments.where('sessionId').equals(id).delete();
        await db.turns.where('[sessionId+order]').between([id, -Infinity], [id, Infinity]).delete();
        await db.sessions.delete(id);
      }
      for (const [key, s] of summaries) {
        const [code = '', assistantType = ''] = key.split('|');
        await (s ? db.summaries.put({ ...s, studyId }) : db.summaries.delete([studyId, code, assistantType]));
      }
    }),
  );
}

export class StudyMirror {
  private base: Map<string, string>;
  private queue: Promise<void> = Promise.resolve();
  private readonly subscription: Subscription;
  private readonly onDocument = (transaction: Y.Transaction) => {
    if (transaction.origin !== this) this.schedule();
  };

  constructor(
    private readonly db: TelaahDb,
    private readonly studyId: string,
    private readonly doc: Y.Doc,
    private readonly onError: (error: unknown) => void = (error) => console.error(error),
  ) {
    // What this computer's copy of the document holds is what both sides last agreed on.
    this.base = new Map([...documentRecords(doc)].map(([key, value]) => [key, JSON.stringify(value)]));
    doc.on('afterTransaction', this.onDocument);
    this.subscription = liveQuery(() => readPart(db, studyId)).subscribe({ next: () => this.schedule(), error: onError });
  }

  /** Resolves once every change seen so far is on both sides. */
  settled(): Promise<void> {
    return this.queue;
  }

  private schedule(): void {
    this.queue = this.queue.then(() => this.sync()).catch(this.onError);
  }

  private async sync(): Promise<void> {
    const part = await readPart(this.db, this.studyId);
    if (!part) return;
    const merged = mergeRecords(this.base, partRecords(part), documentRecords(this.doc));
    writeRecords(this.doc, merged.toDocument, this);
    await writeLocal(this.db, this.studyId, merged.toLocal);
    this.base = merged.base;
  }

  destroy(): void {
    this.subscription.unsubscribe();
    this.doc.off('afterTransaction', this.onDocument);
  }
}
