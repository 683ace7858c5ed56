/** Creating and editing studies, their sessions and participants. */
import type { Coder, Participant, Session, Study } from '../../shared/model.ts';
import { newId } from '../../shared/model.ts';
import { paletteColor } from '../../shared/palette.ts';
import { newParticipant, PseudonymPool, type ParticipantInit } from '../../shared/participants.ts';
import { withWord } from '../../shared/spelling.ts';
import { createStudy as newStudy } from '../../shared/study.ts';
import type { TelaahDb } from './schema.ts';

export function createStudy(db: TelaahDb, title: string, year: number): Promise<Study> {
  const study = newStudy(title, year);
  return db.saveStatus.track(async () => {
    await db.studies.add(study);
    return study;
  });
}

export function updateStudy(db: TelaahDb, id: string, patch: Partial<Pick<Study, 'title' | 'year' | 'assistantTypes' | 'codebook' | 'exportNames' | 'coders' | 'attributes' | 'stopwords' | 'language' | 'dictionary'>>): Promise<void> {
  return db.saveStatus.track(async () => void (await db.studies.update(id, { ...patch, updatedAt: new Date().toISOString() })));
}

/** Adds a word to the study's own dictionary (once; a blank or spaced "word" changes nothing). */
export function addWordToStudy(db: TelaahDb, studyId: string, word: string): Promise<void> {
  return db.saveStatus.track(() =>
    db.transaction('rw', db.studies, async () => {
      const study = await db.studies.get(studyId);
      const dictionary = study && withWord(study.dictionary, word);
      if (!dictionary || dictionary.length === study.dictionary.length) return;
      await db.studies.update(studyId, { dictionary, updatedAt: new Date().toISOString() });
    }),
  );
}

export function addSession(db: TelaahDb, studyId: string, title: string): Promise<Session> {
  const session: Session = { id: newId(), studyId, title, date: '', place: '', moderator: '', noteTaker: '', memo: '', roster: [], createdAt: new Date().toISOString() };
  return db.saveStatus.track(async () => {
    await db.sessions.add(session);
    return session;
  });
}

export type SessionFields = Pick<Session, 'title' | 'date' | 'place' | 'moderator' | 'noteTaker' | 'memo'>;

export function updateSession(db: TelaahDb, id: string, patch: Partial<SessionFields>): Promise<void> {
  return db.saveStatus.track(async () => void (await db.sessions.update(id, patch)));
}

/** Changes a session's roster from what is stored, so changes made in quick succession all count. */
export function changeRoster(db: TelaahDb, id: string, change: (roster: string[]) => string[]): Promise<void> {
  return db.saveStatus.track(() =>
    db.transaction('rw', db.sessions, async () => {
      const session = await db.sessions.get(id);
      if (session) await db.sessions.update(id, { roster: change(session.roster) });
    }),
  );
}

export type ParticipantFields = Pick<Participant, 'label' | 'assistantType' | 'site' | 'affiliation' | 'pseudonym' | 'realName' | 'consent' | 'attributes'>;

/** Adds a participant with the next free pseudonym of the study. */
export function addParticipant(db: TelaahDb, studyId: string, init: ParticipantInit): Promise<Participant> {
  return db.saveStatus.track(() =>
    db.transaction('rw', db.participants, async () => {
      const existing = await db.participants.where('studyId').equals(studyId).toArray();
      const participant = newParticipant(studyId, init, new PseudonymPool(existing));
      await db.participants.add(participant);
      return participant;
    }),
  );
}

export function updateParticipant(db: TelaahDb, id: string, patch: Partial<ParticipantFields>): Promise<void> {
  return db.saveStatus.track(async () => void (await db.participants.update(id, patch)));
}

/** Deletes a study and everything in it. */
export function deleteStudy(db: TelaahDb, studyId: string): Promise<void> {
  return db.saveStatus.track(() =>
    db.transaction('rw', [db.studies, db.sessions, db.participants, db.turns, db.segments, db.summaries, db.media, db.versions], async () => {
      const sessionIds = (await db.sessions.where('studyId').equals(studyId).primaryKeys()) as string[];
      await db.media.bulkDelete(sessionIds);
      await db.versions.where('sessionId').anyOf(sessionIds).delete();
      await db.turns.where('sessionId').anyOf(sessionIds).delete();
      await db.segments.where('studyId').equals(studyId).delete();
      await db.summaries.where('studyId').equals(studyId).delete();
      await db.participants.where('studyId').equals(studyId).delete();
      await db.sessions.where('studyId').equals(studyId).delete();
      await db.studies.delete(studyId);
    }),
  );
}

/** The titles of every study on this device. */
export async function studyTitles(db: TelaahDb): Promise<string[]> {
  return (await db.studies.toArray()).map((s) => s.title);
}

/** Adds a coder to the study's list (with the next palette colour) unless they are on it. */
export async function addCoder(db: TelaahDb, studyId: string, name: string): Promise<void> {
  await db.saveStatus.track(() =>
    db.transaction('rw', db.studies, async () => {
      const study = await db.studies.get(studyId);
      if (!study || study.coders.some((c) => c.name === name)) return;
      await db.studies.update(studyId, { coders: [...study.coders, { name, color: paletteColor(study.coders.length + 1) }] });
    }),
  );
}

/**
 * A coder named after coding: the study's coder `from` becomes `to` (keeping its colour),
 * and their segments in every session but the open one (whose editor renames its own) go
 * with them.
 */
export async function renameCoder(db: TelaahDb, studyId: string, from: string, to: string, openSessionId: string): Promise<void> {
  await db.saveStatus.track(() =>
    db.transaction('rw', [db.studies, db.segments], async () => {
      const study = await db.studies.get(studyId);
      if (!study) return;
      const known = study.coders.some((c) => c.name === to);
      const coders = known ? study.coders.filter((c) => c.name !== from) : study.coders.map((c) => (c.name === from ? { ...c, name: to } : c));
      await db.studies.update(studyId, { coders });
      await db.segments.where('studyId').equals(studyId).filter((s) => s.coder === from && s.sessionId !== openSessionId).modify({ coder: to });
    }),
  );
}

/** Sets a coder's colour; coders known only from their segments join the study's list. */
export function setCoderColor(db: TelaahDb, studyId: string, coders: readonly Coder[], name: string, color: string): Promise<void> {
  return updateStudy(db, studyId, { coders: coders.map((c) => (c.name === name ? { ...c, color } : c)) });
}
