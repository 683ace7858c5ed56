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

/** The kinds of a study's records in its document, each its own map, with the prefix its records' keys carry in a merge. */
const KINDS = [
  ['study', 'study'],
  ['participant', 'participants'],
  ['session', 'sessions'],
  ['summary', 'summaries'],
] as const;

export type StudyRecord = Study | Participant | Session | CellSummary;

/** A record's key in a merge: `study`, `participant:<id>`, `session:<id>`, `summary:<code>|<type>`. */
export function recordKey(kind: (typeof KINDS)[number][0], id: string): string {
  return kind === 'study' ? 'study' : `${kind}:${id}`;
}

/** The study's records as a part of it (from the database) hold them, by merge key. */
export function partRecords(part: StudyPart): Map<string, StudyRecord> {
  return new Map<string, StudyRecord>([
    ['study', part.study],
    ...part.participants.map((p) => [recordKey('participant', p.id), p] as const),
    ...part.sessions.map((s) => [recordKey('session', s.id), s] as const),
    ...part.summaries.map((s) => [recordKey('summary', summaryKey(s)), s] as const),
  ]);
}

/** The study's records as its document holds them, by merge key. */
export function documentRecords(doc: Y.Doc): Map<string, StudyRecord> {
  const out = new Map<string, StudyRecord>();
  for (const [kind, name] of KINDS) for (const [id, value] of recordsOf<StudyRecord>(doc, name)) out.set(kind === 'study' ? 'study' : `${kind}:${id}`, value);
  return out;
}

/** Writes records into the document by merge key (null: delete), in one transaction. */
export function writeRecords(doc: Y.Doc, changes: ReadonlyMap<string, StudyRecord | null>, origin: unknown): void {
  if (changes.size === 0) return;
  doc.transact(() => {
    for (const [key, value] of changes) {
      const [kind, ...rest] = key.split(':');
      const name = KINDS.find(([k]) => k === kind)?.[1];
      if (!name) continue;
      const id = kind === 'study' ? 'study' : rest.join(':');
      if (value === null) recordsOf<StudyRecord>(doc, name).delete(id);
      else recordsOf<StudyRecord>(doc, name).set(id, value);
    }
  }, origin);
}

/** Splits records by merge key into their kinds: what to put in (or take out of) the database. */
export function recordsByKind(changes: ReadonlyMap<string, StudyRecord | null>) {
  const out = { study: undefined as Study | undefined, participants: [] as [string, Participant | null][], sessions: [] as [string, Session | null][], summaries: [] as [string, CellSummary | null][] };
  for (const [key, value] of changes) {
    const [kind, ...rest] = key.split(':');
    const id = rest.join(':');
    if (kind === 'study' && value) out.study = value as Study;
    else if (kind === 'participant') out.participants.push([id, value as Participant | null]);
    else if (kind === 'session') out.sessions.push([id, value as Session | null]);
    else if (kind === 'summary') out.summaries.push([id, value as CellSummary | null]);
  }
  return out;
}
