/**
 * Restoring a study from what was stored: the one door every stored study comes in by
 * (project files, backups, Telaah's entry in its own .qdpx; the database schema runs the
 * same upgrade steps on its rows). The raw JSON is first brought up to the current version
 * step by step (`project-upgrade.ts`), then every field is read strictly and every
 * identity and reference checked; the first problem is refused with its JSON path, and
 * nothing is returned unless the whole study is sound. A value that only cannot be trusted
 * (a turn's time outside the recording) does not lock the study: it is set aside, and
 * where it was is said, so a study and every backup of it can always be opened again.
 */
import { listCodes } from '../codebook.ts';
import { ADJUDICATION_CHOICES, CONSENT_WAYS, EXPORT_NAMES, LANGS, type CellSummary, type Codebook, type Consent, type Participant, type Project, type Segment, type Session, type Study, type Turn } from '../model.ts';
import { isColor, normaliseColor, paletteColor } from '../palette.ts';
import { coderForUnnamed } from '../coders.ts';
import { RESERVED_ATTRIBUTES } from '../attributes.ts';
import { ImportError } from './import-error.ts';
import { isRecordingTime, isTimedSpan, shownTime } from '../recording-time.ts';
import { lineProblem, mendedName, nameProblem } from '../text-clean.ts';
import { PROJECT_VERSION, upgradeProjectJson } from './project-upgrade.ts';
import { reason, type ReasonKey } from './reasons.ts';
import type { TimedWord } from '../words.ts';

export const PROJECT_FORMAT = 'telaah-project';

type Json = unknown;

/** A turn's words, when it has any (a typed turn has none, and keeps no empty list). */
const wordsOf = (words: TimedWord[]) => (words.length > 0 ? { words } : {});

class Reader {
  /** Values a sound study cannot hold, left out with where they were, so the rest still opens. */
  readonly setAside: ImportError[] = [];

  constructor(private readonly file: string) {}

  note(path: string, key: ReasonKey, values: Record<string, string | number> = {}): void {
    this.setAside.push(new ImportError(this.file, null, reason(key, { path, ...values })));
  }
  /** A name as the name rules take it; one that breaks them (a stored study from a door that did not check) is mended, and said where. */
  name(o: Record<string, Json>, key: string, path: string, kind: 'person' | 'label'): string {
    const v = this.string(o, key, path);
    if ((kind === 'person' ? nameProblem(v) : lineProblem(v)) === null) return v;
    const mended = mendedName(v, kind);
    this.note(`${path}.${key}`, 'project.nameMended', { name: mended.slice(0, 60) });
    return mended;
  }
  /** A turn's time, or null: a value that is no time in the recording is set aside rather than refusing the study. */
  recordingTime(o: Record<string, Json>, key: string, path: string): number | null {
    const v = o[key];
    if (v === null) return null;
    if (isRecordingTime(v)) return v;
    this.note(`${path}.${key}`, 'project.badTime', { value: shownTime(v) });
    return null;
  }
  /** A turn's timed words; a word without a time in the recording is set aside, its text stays in the turn. */
  timedWords(v: Json, path: string): TimedWord[] {
    return this.objects(v, path, (w, q) => ({ w, q })).flatMap(({ w, q }) => {
      const text = this.string(w, 'text', q);
      if (!isTimedSpan(w.start, w.end)) {
        this.note(q, 'project.badWordTime', { word: text.slice(0, 60), start: shownTime(w.start), end: shownTime(w.end) });
        return [];
      }
      return [{ text, start: w.start as number, end: w.end as number, ...(w.p === undefined ? {} : { p: this.number(w, 'p', q) }) }];
    });
  }

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
  /** A list of objects, each read by `read` with its own path (`list[3]`). */
  objects<T>(v: Json, path: string, read: (o: Record<string, Json>, p: string) => T): T[] {
    return this.array(v, path).map((x, i) => read(this.object(x, `${path}[${i}]`), `${path}[${i}]`));
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
  color(o: Record<string, Json>, key: string, path: string): string {
    const v = this.string(o, key, path);
    if (!isColor(v)) this.fail(`${path}.${key}`, 'project.expectedColor');
    return normaliseColor(v);
  }
  texts(v: Json, path: string): string[] {
    return this.array(v, path).map((x, j) => (typeof x === 'string' ? x : this.fail(`${path}[${j}]`, 'project.expectedText')));
  }
  boolean(o: Record<string, Json>, key: string, path: string): boolean {
    const v = o[key];
    if (typeof v !== 'boolean') this.fail(`${path}.${key}`, 'project.expectedBoolean');
    return v;
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
  /** An object whose every value is text, e.g. a participant's attribute values. */
  textRecord(v: Json, path: string): Record<string, string> {
    const o = this.object(v, path);
    for (const key of Object.keys(o)) this.string(o, key, path);
    return { ...(o as Record<string, string>) };
  }
  bilingual(v: Json, path: string) {
    const o = this.object(v, path);
    return { id: this.string(o, 'id', path), en: this.string(o, 'en', path) };
  }
}

function readCodebook(r: Reader, v: Json, path: string): Codebook {
  const o = r.object(v, path);
  const rows = (list: Json, p: string) =>
    r.objects(list, p, (row, q) => ({
      number: r.number(row, 'number', q), label: r.bilingual(row.label, `${q}.label`), definition: r.bilingual(row.definition, `${q}.definition`),
      color: r.color(row, 'color', q),
    }));
  const codebook: Codebook = {
    name: r.string(o, 'name', path),
    prefix: r.string(o, 'prefix', path),
    sharedRows: r.boolean(o, 'sharedRows', path),
    roles: r.objects(o.roles, `${path}.roles`, (role, p) => ({
      number: r.number(role, 'number', p), name: r.bilingual(role.name, `${p}.name`), definition: r.bilingual(role.definition, `${p}.definition`),
      color: r.color(role, 'color', p), rows: rows(role.rows, `${p}.rows`),
    })),
    agendas: rows(o.agendas, `${path}.agendas`),
    memos: r.objects(o.memos, `${path}.memos`, (memo, p) => ({ code: r.string(memo, 'code', p), text: r.string(memo, 'text', p) })),
  };
  checkNumbering(r, codebook, path);
  return codebook;
}

/** Roles and rows numbered 1, 2, 3… in order, and rows only where the codebook keeps them: codes are their positions. */
function checkNumbering(r: Reader, codebook: Codebook, path: string): void {
  const inOrder = (list: { number: number }[], p: string) => list.forEach((x, i) => x.number === i + 1 || r.fail(`${p}[${i}].number`, 'project.badNumber', { number: i + 1 }));
  inOrder(codebook.roles, `${path}.roles`);
  inOrder(codebook.agendas, `${path}.agendas`);
  if (!codebook.sharedRows && codebook.agendas.length > 0) r.fail(`${path}.agendas`, 'project.rowsNotShared');
  codebook.roles.forEach((role, i) => {
    inOrder(role.rows, `${path}.roles[${i}].rows`);
    if (codebook.sharedRows && role.rows.length > 0) r.fail(`${path}.roles[${i}].rows`, 'project.rowsShared');
  });
}

function readStudy(r: Reader, v: Json): Study {
  const o = r.object(v, 'study');
  return {
    id: r.string(o, 'id', 'study'),
    title: r.string(o, 'title', 'study'),
    year: r.number(o, 'year', 'study'),
    codebook: readCodebook(r, o.codebook, 'study.codebook'),
    assistantTypes: r.objects(o.assistantTypes, 'study.assistantTypes', (t, p) => ({ key: r.string(t, 'key', p), label: r.string(t, 'label', p) })),
    exportNames: r.choice(EXPORT_NAMES)(o, 'exportNames', 'study'),
    coders: r.objects(o.coders, 'study.coders', (c, p) => ({ name: r.name(c, 'name', p, 'label'), color: r.color(c, 'color', p) })),
    adjudications: r.objects(o.adjudications, 'study.adjudications', (d, p) => ({
      turnId: r.string(d, 'turnId', p), code: r.string(d, 'code', p), a: r.string(d, 'a', p), b: r.string(d, 'b', p), choice: r.choice(ADJUDICATION_CHOICES)(d, 'choice', p),
    })),
    attributes: r.texts(o.attributes, 'study.attributes'),
    stopwords: r.texts(o.stopwords, 'study.stopwords'),
    language: r.choice(LANGS)(o, 'language', 'study'),
    dictionary: r.texts(o.dictionary, 'study.dictionary'),
    createdAt: r.string(o, 'createdAt', 'study'),
    updatedAt: r.string(o, 'updatedAt', 'study'),
  };
}

function readProject(r: Reader, root: Record<string, Json>): Project {
  const study = readStudy(r, root.study);
  const list = <T>(key: string, read: (o: Record<string, Json>, p: string) => T): T[] => r.objects(root[key], key, read);
  const sessions = list<Session>('sessions', (o, p) => ({
    id: r.string(o, 'id', p), studyId: study.id, title: r.string(o, 'title', p), date: r.string(o, 'date', p),
    place: r.string(o, 'place', p), moderator: r.string(o, 'moderator', p), noteTaker: r.string(o, 'noteTaker', p),
    memo: r.string(o, 'memo', p), roster: r.texts(o.roster, `${p}.roster`), createdAt: r.string(o, 'createdAt', p),
  }));
  const participants = list<Participant>('participants', (o, p) => ({
    id: r.string(o, 'id', p), studyId: study.id, label: r.name(o, 'label', p, 'person'),
    pseudonym: r.name(o, 'pseudonym', p, 'person'), realName: r.name(o, 'realName', p, 'person'),
    assistantType: r.nullable(o, 'assistantType', p, r.string), site: r.string(o, 'site', p), affiliation: r.string(o, 'affiliation', p),
    consent: r.consent(o, 'consent', p),
    attributes: r.textRecord(o.attributes, `${p}.attributes`),
  }));
  const turns = list<Turn>('turns', (o, p) => ({
    id: r.string(o, 'id', p), sessionId: r.string(o, 'sessionId', p), order: r.number(o, 'order', p),
    speakerId: r.nullable(o, 'speakerId', p, r.string), timestamp: r.recordingTime(o, 'timestamp', p), text: r.string(o, 'text', p),
    ...(r.boolean(o, 'unchecked', p) ? { unchecked: true as const } : {}),
    ...wordsOf(r.timedWords(o.words, `${p}.words`)),
  }));
  const segments = list<Segment>('segments', (o, p) => ({
    id: r.string(o, 'id', p), sessionId: r.string(o, 'sessionId', p), turnId: r.string(o, 'turnId', p),
    start: r.number(o, 'start', p), end: r.number(o, 'end', p), text: r.string(o, 'text', p),
    codes: r.texts(o.codes, `${p}.codes`),
    assistantType: r.nullable(o, 'assistantType', p, r.string), coder: r.name(o, 'coder', p, 'label'), memo: r.string(o, 'memo', p),
    createdAt: r.string(o, 'createdAt', p),
  }));
  const summaries = list<CellSummary>('summaries', (o, p) => ({
    code: r.string(o, 'code', p), assistantType: r.string(o, 'assistantType', p), text: r.string(o, 'text', p),
    exemplars: r.texts(o.exemplars, `${p}.exemplars`),
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
  const named = new Set<string>();
  p.study.attributes.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (key === '' || named.has(key) || RESERVED_ATTRIBUTES.includes(key)) r.fail(`study.attributes[${i}]`, 'project.attributeTwice', { name });
    named.add(key);
  });
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
  p.sessions.forEach((x, i) => x.roster.forEach((id, k) => participantIds.has(id) || r.fail(`sessions[${i}].roster[${k}]`, 'project.noParticipant')));
  const types = new Set(p.study.assistantTypes.map((t) => t.key));
  const codes = new Set(listCodes(p.study.codebook).map((c) => c.code));
  const turns = new Map(p.turns.map((t) => [t.id, t]));
  p.participants.forEach((x, i) => x.assistantType !== null && !types.has(x.assistantType) && r.fail(`participants[${i}].assistantType`, 'project.unknownType', { type: x.assistantType }));
  const attributes = new Set(p.study.attributes);
  p.participants.forEach((x, i) => Object.keys(x.attributes).forEach((name) => attributes.has(name) || r.fail(`participants[${i}].attributes`, 'project.unknownAttribute', { name })));
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

/** Segments that name no coder (a file edited by hand) go to the study's first coder, as older files' do on upgrade; said where. */
function giveUnnamedSegments(r: Reader, project: Project): Project {
  const unnamed = project.segments.filter((s) => s.coder.trim() === '').length;
  if (unnamed === 0) return project;
  const name = coderForUnnamed(project.study.coders);
  r.note('segments', 'project.coderless', { count: unnamed, name });
  const coders = project.study.coders.some((c) => c.name === name) ? project.study.coders : [...project.study.coders, { name, color: paletteColor(project.study.coders.length + 1) }];
  return { ...project, study: { ...project.study, coders }, segments: project.segments.map((s) => (s.coder.trim() === '' ? { ...s, coder: name } : s)) };
}

/** A stored study as it was read, with the values that had to be set aside (each naming its place in the file). */
export interface RestoredProject {
  project: Project;
  setAside: ImportError[];
}

/** A study from a stored project's parsed JSON, of any version Telaah ever wrote. */
export function restoreProject(raw: unknown, file: string): RestoredProject {
  const r: Reader = new Reader(file);
  const root = r.object(raw, 'file');
  if (root.format !== PROJECT_FORMAT) r.fail('format', 'project.notProject', { format: PROJECT_FORMAT });
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) r.fail('version', 'project.badVersion');
  if (version > PROJECT_VERSION) r.fail('version', 'project.newer', { version });
  upgradeProjectJson(root, version);
  const project = giveUnnamedSegments(r, readProject(r, root));
  checkProject(project, file);
  return { project, setAside: r.setAside };
}

/** Every identity, reference and quote of a study built in memory (an imported .qdpx), by the rules a stored study meets. */
export function checkProject(project: Project, file: string): void {
  const r = new Reader(file);
  checkReferences(r, project);
  checkIntegrity(r, project);
}
