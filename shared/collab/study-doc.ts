/**
 * A shared study's own document: what the study is beyond its sessions' transcripts (the
 * study with its codebook and settings, its participants, its sessions' details, the cell
 * summaries), each record a value of its map, written when the study is shared and read by
 * whoever joins it.
 */
import * as Y from 'yjs';
import type { CellSummary, Participant, Project, Session, Study } from '../model.ts';

export type StudyPart = Omit<Project, 'turns' | 'segments'>;

const recordsOf = <T>(doc: Y.Doc, name: string) => doc.getMap<T>(name);
const summaryKey = (s: CellSummary) => `${s.code}|${s.assistantType}`;

export function writeStudy(doc: Y.Doc, project: StudyPart, origin: unknown = null): void {
  doc.transact(() => {
    recordsOf<Study>(doc, 'study').set('study', project.study);
    const participants = recordsOf<Participant>(doc, 'participants');
    for (const p of project.participants) participants.set(p.id, p);
    const sessions = recordsOf<Session>(doc, 'sessions');
    for (const s of project.sessions) sessions.set(s.id, s);
    const summaries = recordsOf<CellSummary>(doc, 'summaries');
    for (const s of project.summaries) summaries.set(summaryKey(s), s);
  }, origin);
}

/** The study as its document holds it; null while the document has not arrived. */
export function readStudy(doc: Y.Doc): StudyPart | null {
  const study = recordsOf<Study>(doc, 'study').get('study');
  if (!study) return null;
  const byId = <T extends { id: string }>(name: string) => [...recordsOf<T>(doc, name).values()];
  return {
    study,
    participants: byId<Participant>('participants'),
    sessions: byId<Session>('sessions').sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title)),
    summaries: [...recordsOf<CellSummary>(doc, 'summaries').values()],
  };
}
