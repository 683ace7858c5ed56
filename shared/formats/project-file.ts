/**
 * The project file (`*.telaah.json`): one whole study, stamped with a format name and
 * version. Writing is canonical (fixed key order, records sorted), so a project saved,
 * opened and saved again is byte-identical. Reading checks every field and names the
 * first one that is wrong; nothing is returned unless the whole file is sound.
 */
import { listCodes } from '../codebook.ts';
import { ADJUDICATION_CHOICES, CONSENT_WAYS, EXPORT_NAMES, type CellSummary, type Codebook, type Consent, type Participant, type Project, type Segment, type Session, type Study, type Turn } from '../model.ts';
import { NO_CONSENT, withPseudonyms } from '../participants.ts';
import { AGENDA_COLOR, isColor, normaliseColor, paletteColor } from '../palette.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason, type ReasonKey } from './reasons.ts';

export const PROJECT_FORMAT = 'telaah-project';
/**
 * Version 2 added role and agenda colours, code memos, session memos and exemplar quotes;
 * a version-1 file reads with the default colours and no memos or exemplars. Version 3
 * added pseudonyms, real names and consent records of participants, the study's choice
 * of names in exports, its coders and their adjudicated disagreements; older files read with pseudonyms P01, P02… in participant order,
 * no real names or consent records, and pseudonyms in exports.
 */
export const PROJECT_VERSION = 3;
export const PROJECT_EXTENSION = '.telaah.json';

type Json = unknown;

class Reader {
  constructor(private readonly file: string) {}

  fail(path: string, key: ReasonKey, values: Record<string, string | number> = {}): never {
    throw new ImportError(this.file, null, reason(key, { path, ...values }));
  }
  object(v: Json, path: string): Record<string, Json> {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) this.fail(path, 'project.expectedObject');
    return v as Record<string, Json>;
  }
  array(v: Json, path: string): Json[] {
    if (!Array.isArray(v)) this.fail(path, 'project.expectedList');
    return v;
  }
  string(o: Record<string, Json>, key: string, path: string): string {
    const v = o[key];
    if (typeof v !== 'string') this.fail(`${path}.${key}`, 'project.expectedText');
    return v;
  }
  number(o: Record<string, Json>, key: string, path: string): number {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(`${path}.${key}`, 'project.expectedNumber');
    return v;
  }
  /** A field older files lack: absent gives the fallback, present must be right. */
  optional<T>(o: Record<string, Json>, key: string, path: string, fallback: T, read: (o: Record<string, Json>, k: string, p: string) => T): T {
    return o[key] === undefined ? fallback : read.call(this, o, key, path);
  }
  color(o: Record<string, Json>, key: string, path: string): string {
    const v = this.string(o, key, path);
    if (!isColor(v)) this.fail(`${path}.${key}`, 'project.expectedColor');
    return normaliseColor(v);
  }
  texts(v: Json, path: string): string[] {
    return this.array(v, path).map((x, j) => (typeof x === 'string' ? x : this.fail(`${path}[${j}]`, 'project.expectedText')));
  }
  nullable<T>(o: Record<string, Json>, key: string, path: string, read: (o: Record<string, Json>, k: string, p: string) => T): T | null {
    return o[key] === null ? null : read.call(this, o, key, path);
  }
  /** One of a fixed set of words, e.g. how consent was given. */
  choice<T extends string>(choices: readonly T[]): (o: Record<string, Json>, key: string, path: string) => T {
    return (o, key, path) => {
      const v = this.string(o, key, path);
      if (!(choices as readonly string[]).includes(v)) this.fail(`${path}.${key}`, 'project.expectedChoice', { choices: choices.map((c) => `"${c}"`).join(', ') });
      return v as T;
    };
  }
  consent(o: Record<string, Json>, key: string, path: string): Consent {
    const c = this.object(o[key], `${path}.${key}`);
    const p = `${path}.${key}`;
    return { date: this.string(c, 'date', p), way: this.choice(CONSENT_WAYS)(c, 'way', p), notes: this.string(c, 'notes', p) };
  }
  bilingual(v: Json, path: string) {
    const o = this.object(v, path);
    return { id: this.string(o, 'id', path), en: this.string(o, 'en', path) };
  }
}

function readCodebook(r: Reader, v: Json, path: string): Codebook {
  const o = r.object(v, path);
  return {
    name: r.string(o, 'name', path),
    prefix: r.string(o, 'prefix', path),
    roles: r.array(o.roles, `${path}.roles`).map((x, i) => {
      const p = `${path}.roles[${i}]`;
      const role = r.object(x, p);
      return {
        number: r.number(role, 'number', p), name: r.bilingual(role.name, `${p}.name`), definition: r.bilingual(role.definition, `${p}.definition`),
        color: r.optional(role, 'color', p, paletteColor(i + 1), r.color),
      };
    }),
    agendas: r.array(o.agendas, `${path}.agendas`).map((x, i) => {
      const p = `${path}.agendas[${i}]`;
      const agenda = r.object(x, p);
      return {
        number: r.number(agenda, 'number', p), label: r.bilingual(agenda.label, `${p}.label`), definition: r.bilingual(agenda.definition, `${p}.definition`),
        color: r.optional(agenda, 'color', p, AGENDA_COLOR, r.color),
      };
    }),
    memos: o.memos === undefined ? [] : r.array(o.memos, `${path}.memos`).map((x, i) => {
      const p = `${path}.memos[${i}]`;
      const memo = r.object(x, p);
      return { code: r.string(memo, 'code', p), text: r.string(memo, 'text', p) };
    }),
  };
}

function readStudy(r: Reader, v: Json): Study {
  const o = r.object(v, 'study');
  return {
    id: r.string(o, 'id', 'study'),
    title: r.string(o, 'title', 'study'),
    year: r.number(o, 'year', 'study'),
    codebook: readCodebook(r, o.codebook, 'study.codebook'),
    assistantTypes: r.array(o.assistantTypes, 'study.assistantTypes').map((x, i) => {
      const p = `study.assistantTypes[${i}]`;
      const t = r.object(x, p);
      return { key: r.string(t, 'key', p), label: r.string(t, 'label', p) };
    }),
    exportNames: r.optional(o, 'exportNames', 'study', 'pseudonym', r.choice(EXPORT_NAMES)),
    coders: o.coders === undefined ? [] : r.array(o.coders, 'study.coders').map((x, i) => {
      const p = `study.coders[${i}]`;
      const c = r.object(x, p);
      return { name: r.string(c, 'name', p), color: r.color(c, 'color', p) };
    }),
    adjudications: o.adjudications === undefined ? [] : r.array(o.adjudications, 'study.adjudications').map((x, i) => {
      const p = `study.adjudications[${i}]`;
      const d = r.object(x, p);
      return { turnId: r.string(d, 'turnId', p), code: r.string(d, 'code', p), a: r.string(d, 'a', p), b: r.string(d, 'b', p), choice: r.choice(ADJUDICATION_CHOICES)(d, 'choice', p) };
    }),
    createdAt: r.string(o, 'createdAt', 'study'),
    updatedAt: r.string(o, 'updatedAt', 'study'),
  };
}

function readProject(r: Reader, root: Record<string, Json>): Project {
  const study = readStudy(r, root.study);
  const list = <T>(key: string, read: (o: Record<string, Json>, p: string) => T): T[] =>
    r.array(root[key], key).map((x, i) => read(r.object(x, `${key}[${i}]`), `${key}[${i}]`));
  const sessions = list<Session>('sessions', (o, p) => ({
    id: r.string(o, 'id', p), studyId: study.id, title: r.string(o, 'title', p), date: r.string(o, 'date', p),
    place: r.string(o, 'place', p), moderator: r.string(o, 'moderator', p), noteTaker: r.string(o, 'noteTaker', p),
    memo: r.optional(o, 'memo', p, '', r.string), createdAt: r.string(o, 'createdAt', p),
  }));
  const participants = withPseudonyms(list<Participant>('participants', (o, p) => ({
    id: r.string(o, 'id', p), studyId: study.id, label: r.string(o, 'label', p),
    pseudonym: r.optional(o, 'pseudonym', p, '', r.string), realName: r.optional(o, 'realName', p, '', r.string),
    assistantType: r.nullable(o, 'assistantType', p, r.string), site: r.string(o, 'site', p), affiliation: r.string(o, 'affiliation', p),
    consent: r.optional(o, 'consent', p, { ...NO_CONSENT }, r.consent),
  })));
  const turns = list<Turn>('turns', (o, p) => ({
    id: r.string(o, 'id', p), sessionId: r.string(o, 'sessionId', p), order: r.number(o, 'order', p),
    speakerId: r.nullable(o, 'speakerId', p, r.string), timestamp: r.nullable(o, 'timestamp', p, r.number), text: r.string(o, 'text', p),
  }));
  const segments = list<Segment>('segments', (o, p) => ({
    id: r.string(o, 'id', p), sessionId: r.string(o, 'sessionId', p), turnId: r.string(o, 'turnId', p),
    start: r.number(o, 'start', p), end: r.number(o, 'end', p), text: r.string(o, 'text', p),
    codes: r.texts(o.codes, `${p}.codes`),
    assistantType: r.nullable(o, 'assistantType', p, r.string), coder: r.string(o, 'coder', p), memo: r.string(o, 'memo', p),
    createdAt: r.string(o, 'createdAt', p),
  }));
  const summaries = list<CellSummary>('summaries', (o, p) => ({
    code: r.string(o, 'code', p), assistantType: r.string(o, 'assistantType', p), text: r.string(o, 'text', p),
    exemplars: o.exemplars === undefined ? [] : r.texts(o.exemplars, `${p}.exemplars`),
  }));
  return { study, sessions, participants, turns, segments, summaries };
}

/** Every id of a list once, or one record would silently stand in for another. */
function checkUnique(r: Reader, list: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) r.fail(`${list}[${i}].id`, 'project.idTwice', { id });
    seen.add(id);
  });
}

/** Identities, numbers and quotes a file must get right, or tables and transcripts would quietly go wrong. */
function checkIntegrity(r: Reader, p: Project): void {
  if (!Number.isInteger(p.study.year) || p.study.year < 1000 || p.study.year > 9999) r.fail('study.year', 'project.badYear', { year: p.study.year });
  checkUnique(r, 'sessions', p.sessions.map((s) => s.id));
  checkUnique(r, 'participants', p.participants.map((x) => x.id));
  checkUnique(r, 'turns', p.turns.map((t) => t.id));
  checkUnique(r, 'segments', p.segments.map((s) => s.id));
  const keys = new Set<string>();
  p.study.assistantTypes.forEach((t, i) => {
    if (keys.has(t.key)) r.fail(`study.assistantTypes[${i}].key`, 'project.typeTwice', { type: t.key });
    keys.add(t.key);
  });
  const orders = new Set<string>();
  p.turns.forEach((t, i) => {
    const key = `${t.sessionId}|${t.order}`;
    if (orders.has(key)) r.fail(`turns[${i}].order`, 'project.orderTwice', { order: t.order });
    orders.add(key);
    if (t.timestamp !== null && t.timestamp < 0) r.fail(`turns[${i}].timestamp`, 'project.badTime', { value: t.timestamp });
  });
  const turns = new Map(p.turns.map((t) => [t.id, t]));
  p.segments.forEach((s, i) => {
    for (const edge of ['start', 'end'] as const) if (!Number.isInteger(s[edge])) r.fail(`segments[${i}].${edge}`, 'project.notWhole', { value: s[edge] });
    if (s.codes.length === 0) r.fail(`segments[${i}].codes`, 'project.noCodes');
    const turn = turns.get(s.turnId);
    if (turn && turn.text.slice(s.start, s.end) !== s.text) r.fail(`segments[${i}].text`, 'project.segmentText', { start: s.start, end: s.end });
  });
  const codes = new Set(listCodes(p.study.codebook).map((c) => c.code));
  p.study.adjudications.forEach((d, i) => {
    if (!turns.has(d.turnId)) r.fail(`study.adjudications[${i}].turnId`, 'project.noTurn');
    if (!codes.has(d.code)) r.fail(`study.adjudications[${i}].code`, 'project.unknownCode', { code: d.code });
  });
}

/** References between records must hold, or the matrix would silently drop data. */
function checkReferences(r: Reader, p: Project): void {
  const sessionIds = new Set(p.sessions.map((s) => s.id));
  const participantIds = new Set(p.participants.map((x) => x.id));
  const types = new Set(p.study.assistantTypes.map((t) => t.key));
  const codes = new Set(listCodes(p.study.codebook).map((c) => c.code));
  const turns = new Map(p.turns.map((t) => [t.id, t]));
  p.participants.forEach((x, i) => x.assistantType !== null && !types.has(x.assistantType) && r.fail(`participants[${i}].assistantType`, 'project.unknownType', { type: x.assistantType }));
  const pseudonyms = new Set<string>();
  p.participants.forEach((x, i) => {
    const key = x.pseudonym.trim().toLowerCase();
    if (key === '' || pseudonyms.has(key)) r.fail(`participants[${i}].pseudonym`, 'project.pseudonymTwice', { pseudonym: x.pseudonym });
    pseudonyms.add(key);
  });
  p.turns.forEach((t, i) => {
    if (!sessionIds.has(t.sessionId)) r.fail(`turns[${i}].sessionId`, 'project.noSession');
    if (t.speakerId !== null && !participantIds.has(t.speakerId)) r.fail(`turns[${i}].speakerId`, 'project.noParticipant');
  });
  p.segments.forEach((s, i) => {
    const turn = turns.get(s.turnId);
    if (!turn || turn.sessionId !== s.sessionId) r.fail(`segments[${i}].turnId`, 'project.noTurn');
    if (s.start < 0 || s.end <= s.start || s.end > turn.text.length) r.fail(`segments[${i}]`, 'project.spanOutside', { start: s.start, end: s.end });
    s.codes.forEach((c, j) => codes.has(c) || r.fail(`segments[${i}].codes[${j}]`, 'project.unknownCode', { code: c }));
    if (s.assistantType !== null && !types.has(s.assistantType)) r.fail(`segments[${i}].assistantType`, 'project.unknownType', { type: s.assistantType });
  });
  const segmentIds = new Set(p.segments.map((s) => s.id));
  p.study.codebook.memos.forEach((m, i) => codes.has(m.code) || r.fail(`study.codebook.memos[${i}].code`, 'project.unknownCode', { code: m.code }));
  p.summaries.forEach((s, i) => {
    s.exemplars.forEach((id, j) => segmentIds.has(id) || r.fail(`summaries[${i}].exemplars[${j}]`, 'project.noSegment'));
    if (!codes.has(s.code)) r.fail(`summaries[${i}].code`, 'project.unknownCode', { code: s.code });
    if (!types.has(s.assistantType)) r.fail(`summaries[${i}].assistantType`, 'project.unknownType', { type: s.assistantType });
  });
}

export function parseProjectFile(raw: string, file: string): Project {
  const text = normaliseText(raw, file);
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? null : text.slice(0, Number(position)).split('\n').length;
    throw new ImportError(file, line, reason('project.notJson'));
  }
  const r: Reader = new Reader(file);
  const root = r.object(json, 'file');
  if (root.format !== PROJECT_FORMAT) r.fail('format', 'project.notProject', { format: PROJECT_FORMAT });
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) r.fail('version', 'project.badVersion');
  if (version > PROJECT_VERSION) r.fail('version', 'project.newer', { version });
  const project = readProject(r, root);
  checkReferences(r, project);
  checkIntegrity(r, project);
  return project;
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
  return {
    name: c.name,
    prefix: c.prefix,
    roles: c.roles.map((x) => ({ number: x.number, name: x.name, definition: x.definition, color: x.color })),
    agendas: c.agendas.map((x) => ({ number: x.number, label: x.label, definition: x.definition, color: x.color })),
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
    study: { id: s.id, title: s.title, year: s.year, codebook: orderedCodebook(s.codebook), assistantTypes: s.assistantTypes, exportNames: s.exportNames, coders: s.coders.map((c) => ({ name: c.name, color: c.color })), adjudications: s.adjudications.map((d) => ({ turnId: d.turnId, code: d.code, a: d.a, b: d.b, choice: d.choice })), createdAt: s.createdAt, updatedAt: s.updatedAt },
    sessions: p.sessions.map((x) => ({ id: x.id, title: x.title, date: x.date, place: x.place, moderator: x.moderator, noteTaker: x.noteTaker, memo: x.memo, createdAt: x.createdAt })),
    participants: p.participants.map((x) => ({
      id: x.id, label: x.label, pseudonym: x.pseudonym, realName: x.realName, assistantType: x.assistantType, site: x.site, affiliation: x.affiliation,
      consent: { date: x.consent.date, way: x.consent.way, notes: x.consent.notes },
    })),
    turns: p.turns.map((x) => ({ id: x.id, sessionId: x.sessionId, order: orderOf(x), speakerId: x.speakerId, timestamp: x.timestamp, text: x.text })),
    segments: p.segments.map((x) => ({
      id: x.id, sessionId: x.sessionId, turnId: x.turnId, start: x.start, end: x.end, text: x.text, codes: x.codes,
      assistantType: x.assistantType, coder: x.coder, memo: x.memo, createdAt: x.createdAt,
    })),
    summaries: p.summaries.map((x) => ({ code: x.code, assistantType: x.assistantType, text: x.text, exemplars: x.exemplars })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}
