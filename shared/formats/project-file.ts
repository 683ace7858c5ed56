/**
 * The project file (`*.telaah.json`): one whole study, stamped with a format name and
 * version. Writing is canonical (fixed key order, records sorted), so a project saved,
 * opened and saved again is byte-identical. Reading goes through `restoreProject`.
 */
import type { TimedWord } from '../words.ts';
import { listCodes } from '../codebook.ts';
import type { Agenda, Codebook, Project, Turn } from '../model.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { PROJECT_FORMAT, restoreProject, type RestoredProject } from './project-restore.ts';
import { PROJECT_VERSION } from './project-upgrade.ts';
import { reason } from './reasons.ts';

/** A word as the file keeps it: times to the millisecond, certainty to the hundredth. */
const storedWord = (w: TimedWord): TimedWord => ({ text: w.text, start: Math.round(w.start * 1000) / 1000, end: Math.round(w.end * 1000) / 1000, ...(w.p === undefined ? {} : { p: Math.round(w.p * 100) / 100 }) });

export { PROJECT_FORMAT, PROJECT_VERSION };
export const PROJECT_EXTENSION = '.telaah.json';

/** A project file's study; a value set aside on the way is dropped without a word (see `readProjectFile`). */
export function parseProjectFile(raw: string, file: string): Project {
  return readProjectFile(raw, file).project;
}

/** A project file's study, with the values that had to be set aside to open it, each naming where it was. */
export function readProjectFile(raw: string, file: string): RestoredProject {
  const text = normaliseText(raw, file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    throw new ImportError(file, line, reason('project.notJson'));
  }
  return restoreProject(json, file);
}

/** Canonical order: sessions by creation, turns and segments in transcript order. */
export function canonicalProject(p: Project): Project {
  const sessionRank = new Map([...p.sessions].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).map((s, i) => [s.id, i]));
  const turnOrder = new Map(p.turns.map((t) => [t.id, t.order]));
  const codeRank = new Map(listCodes(p.study.codebook).map((c, i) => [c.code, i]));
  const typeRank = new Map(p.study.assistantTypes.map((t, i) => [t.key, i]));
  const bySession = (a: { sessionId: string }, b: { sessionId: string }) => (sessionRank.get(a.sessionId) ?? 0) - (sessionRank.get(b.sessionId) ?? 0);
  return {
    study: p.study,
    sessions: [...p.sessions].sort((a, b) => (sessionRank.get(a.id) ?? 0) - (sessionRank.get(b.id) ?? 0)),
    participants: [...p.participants].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id)),
    turns: [...p.turns].sort((a, b) => bySession(a, b) || a.order - b.order),
    segments: [...p.segments].sort(
      (a, b) => bySession(a, b) || (turnOrder.get(a.turnId) ?? 0) - (turnOrder.get(b.turnId) ?? 0) || a.start - b.start || a.end - b.end || a.id.localeCompare(b.id),
    ),
    summaries: [...p.summaries].sort(
      (a, b) => (codeRank.get(a.code) ?? 0) - (codeRank.get(b.code) ?? 0) || (typeRank.get(a.assistantType) ?? 0) - (typeRank.get(b.assistantType) ?? 0),
    ),
  };
}

function orderedCodebook(c: Codebook) {
  const rows = (list: Agenda[]) => list.map((x) => ({ number: x.number, label: x.label, definition: x.definition, color: x.color }));
  return {
    name: c.name,
    prefix: c.prefix,
    sharedRows: c.sharedRows,
    roles: c.roles.map((x) => ({ number: x.number, name: x.name, definition: x.definition, color: x.color, rows: rows(x.rows) })),
    agendas: rows(c.agendas),
    memos: c.memos.map((x) => ({ code: x.code, text: x.text })),
  };
}

export function writeProjectFile(project: Project): string {
  const p = canonicalProject(project);
  const s = p.study;
  // Turns are numbered 1, 2, 3… in each session: the fractions an editor uses to insert a turn between two stay inside it.
  const position = new Map<string, number>();
  const orderOf = (t: Turn) => {
    const n = (position.get(t.sessionId) ?? 0) + 1;
    position.set(t.sessionId, n);
    return n;
  };
  const ordered = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    study: { id: s.id, title: s.title, year: s.year, codebook: orderedCodebook(s.codebook), assistantTypes: s.assistantTypes, exportNames: s.exportNames, coders: s.coders.map((c) => ({ name: c.name, color: c.color })), adjudications: s.adjudications.map((d) => ({ turnId: d.turnId, code: d.code, a: d.a, b: d.b, choice: d.choice })), attributes: s.attributes, stopwords: s.stopwords, language: s.language, dictionary: s.dictionary, createdAt: s.createdAt, updatedAt: s.updatedAt },
    sessions: p.sessions.map((x) => ({ id: x.id, title: x.title, date: x.date, place: x.place, moderator: x.moderator, noteTaker: x.noteTaker, memo: x.memo, roster: x.roster, createdAt: x.createdAt })),
    participants: p.participants.map((x) => ({
      id: x.id, label: x.label, pseudonym: x.pseudonym, realName: x.realName, assistantType: x.assistantType, site: x.site, affiliation: x.affiliation,
      consent: { date: x.consent.date, way: x.consent.way, notes: x.consent.notes },
      attributes: Object.fromEntries(s.attributes.filter((name) => (x.attributes[name] ?? '') !== '').map((name) => [name, x.attributes[name]!])),
    })),
    turns: p.turns.map((x) => ({ id: x.id, sessionId: x.sessionId, order: orderOf(x), speakerId: x.speakerId, timestamp: x.timestamp, text: x.text, unchecked: x.unchecked === true, words: (x.words ?? []).map(storedWord) })),
    segments: p.segments.map((x) => ({
      id: x.id, sessionId: x.sessionId, turnId: x.turnId, start: x.start, end: x.end, text: x.text, codes: x.codes,
      assistantType: x.assistantType, coder: x.coder, memo: x.memo, createdAt: x.createdAt,
    })),
    summaries: p.summaries.map((x) => ({ code: x.code, assistantType: x.assistantType, text: x.text, exemplars: x.exemplars })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
