/**
 * One study kept in memory for the analysis screens, and kept up to date from the changes
 * themselves rather than read again whole. The study is read once; afterwards every write
 * to the database, in this tab or another (Dexie announces each one with the primary keys
 * it touched), reads back only the rows it touched. A write Dexie describes only as a
 * range (a bulk import, a deleted session) reads that table's rows of the study again.
 *
 * What the analysis counts (sessions, participants, segments, summaries, the study, and
 * each turn's session, order, speaker and time, each segment but for its offsets) changes
 * the snapshot: a new `project` object, so memoised matrices, lists and tables are worked
 * out again. A turn whose text alone changed, and the segments whose offsets moved with it
 * (someone typing in another tab), are replaced inside the current project without a new
 * snapshot; `textVersion` counts those for the few screens that show turn text or measure
 * segment offsets. Every screen of a tab shares one copy of the study.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { CellSummary, Project, Segment, Study, Turn } from '../../shared/model.ts';
import { loadProject } from './project.ts';
import type { TelaahDb } from './schema.ts';

const TABLES = ['studies', 'sessions', 'participants', 'turns', 'segments', 'summaries'] as const;
type TableName = (typeof TABLES)[number];
/** Keys a change touched, or `all` when Dexie told only a range. */
type Touched = Map<TableName, Set<unknown> | 'all'>;

export interface StudySnapshot {
  project: Project | undefined;
  /** Counts changes to turn texts (and the segment offsets moving with them) that left the snapshot's project in place. */
  textVersion: number;
}

const asId = (key: unknown) => (typeof key === 'string' ? key : null);
const summaryKey = (s: Pick<CellSummary, 'code' | 'assistantType'>) => `${s.code}|${s.assistantType}`;
const sameTurnShape = (a: Turn, b: Turn) => a.sessionId === b.sessionId && a.order === b.order && a.speakerId === b.speakerId && a.timestamp === b.timestamp;
/** A segment the same but for where it sits in its turn's text. */
const sameSegmentShape = (a: Segment, b: Segment) => sameRow({ ...a, start: 0, end: 0 }, { ...b, start: 0, end: 0 });

/** A plan that only replaces rows, each the same in shape as the one it replaces (or no plan). */
function inPlace<T>(plan: Plan<T> | null, list: readonly T[], sameShape: (a: T, b: T) => boolean): boolean {
  return plan === null || (plan.whole === null && plan.added.length === 0 && plan.removed.size === 0 && plan.replaced.every(([i, row]) => sameShape(list[i]!, row)));
}

interface RangeNode {
  from: unknown;
  to: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** The ranges of one of Dexie's range trees; from another tab the tree comes as plain objects, so it is walked here. */
function* rangeNodes(tree: unknown): Generator<RangeNode> {
  const stack: unknown[] = [tree];
  while (stack.length) {
    const node = stack.pop() as RangeNode | null | undefined;
    if (!node || typeof node !== 'object' || !('from' in node)) continue;
    yield node;
    stack.push(node.l, node.r);
  }
}

/** Which rows of which tables a set of Dexie changes touched; null when none of the study's tables. */
export function touchedRows(dbName: string, parts: ObservabilitySet): Touched | null {
  const touched: Touched = new Map();
  for (const [part, ranges] of Object.entries(parts)) {
    const match = /^idb:\/\/(.+)\/([^/]+)\/$/.exec(part);
    if (!match || match[1] !== dbName || !(TABLES as readonly string[]).includes(match[2]!)) continue;
    const table = match[2] as TableName;
    let keys = touched.get(table) ?? new Set<unknown>();
    for (const node of rangeNodes(ranges)) {
      if (keys === 'all') break;
      if (node.from === node.to) keys.add(node.from);
      else keys = 'all';
    }
    touched.set(table, keys);
  }
  return touched.size ? touched : null;
}

export class StudyData {
  private snapshotValue: StudySnapshot = { project: undefined, textVersion: 0 };
  private readonly listeners = new Set<() => void>();
  private pending: Touched = new Map();
  private reading: Promise<void> | null = null;
  private closed = false;
  private readonly onMutated = (parts: ObservabilitySet) => {
    const touched = touchedRows(this.db.name, parts);
    if (!touched) return;
    for (const [table, keys] of touched) {
      const had = this.pending.get(table);
      this.pending.set(table, had === 'all' || keys === 'all' ? 'all' : new Set([...(had ?? []), ...keys]));
    }
    void this.catchUp();
  };

  constructor(
    private readonly db: TelaahDb,
    readonly studyId: string,
  ) {
    Dexie.on('storagemutated', this.onMutated);
    this.reading = this.readAll().finally(() => {
      this.reading = null;
      if (this.pending.size) void this.catchUp();
    });
  }

  snapshot = (): StudySnapshot => this.snapshotValue;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  close(): void {
    this.closed = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    this.listeners.clear();
  }

  /** Resolves once every change announced so far is in the snapshot. */
  async settled(): Promise<void> {
    while (this.reading) await this.reading;
  }

  private publish(project: Project | undefined, textVersion: number): void {
    this.snapshotValue = { project, textVersion };
    for (const listener of Array.from(this.listeners)) listener();
  }

  private async readAll(): Promise<void> {
    this.pending.clear();
    let project: Project | undefined;
    try {
      project = await loadProject(this.db, this.studyId);
    } catch {
      project = undefined; // the study is gone
    }
    if (!this.closed) this.publish(project, this.snapshotValue.textVersion);
  }

  /** Reads what the pending changes touched, one read at a time, then publishes. */
  private catchUp(): Promise<void> {
    if (this.reading || this.closed) return this.reading ?? Promise.resolve();
    this.reading = (async () => {
      while (this.pending.size && !this.closed) {
        const touched = this.pending;
        this.pending = new Map();
        await this.apply(touched);
      }
    })().finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private async apply(touched: Touched): Promise<void> {
    const current = this.snapshotValue.project;
    // Until the first read, or when Dexie told the studies or sessions only as a range, read it whole.
    const studies = touched.get('studies');
    if (!current || studies === 'all' || touched.get('sessions') === 'all') {
      await this.readAll();
      return;
    }
    const next = await this.db.transaction('r', TABLES, async () => {
      const studyId = this.studyId;
      let changed = false;
      let study: Study = current.study;
      if (studies?.has(studyId)) {
        const row = await this.db.studies.get(studyId);
        // The study itself is gone.
        if (!row) return null;
        // Only its time of last change moved (work in a session touches it): nothing the analysis
        // shows, so it is put in place, as a turn's text is, without a new snapshot.
        if (JSON.stringify({ ...row, updatedAt: '' }) === JSON.stringify({ ...current.study, updatedAt: '' })) current.study.updatedAt = row.updatedAt;
        else {
          study = row;
          changed = true;
        }
      }
      const sessionPlan = await this.plan(current.sessions, touched.get('sessions'), (s) => s.id, asId, (keys) => this.db.sessions.bulkGet(keys as string[]), () => this.db.sessions.where('studyId').equals(studyId).toArray(), (s) => s.studyId === studyId);
      const sessions = sessionPlan ? applyPlan(current.sessions, sessionPlan).sort((a, b) => a.createdAt.localeCompare(b.createdAt)) : current.sessions;
      const sessionIds = new Set(sessions.map((s) => s.id));
      const participantPlan = await this.plan(current.participants, touched.get('participants'), (p) => p.id, asId, (keys) => this.db.participants.bulkGet(keys as string[]), () => this.db.participants.where('studyId').equals(studyId).toArray(), (p) => p.studyId === studyId);
      const segmentPlan = await this.plan(current.segments, touched.get('segments'), (s) => s.id, asId, async (keys) => (await this.db.segments.bulkGet(keys as string[])).map((row) => row && withoutKey(row, 'studyId')), async () => (await this.db.segments.where('studyId').equals(studyId).toArray()).map((row) => withoutKey(row, 'studyId')), (s) => sessionIds.has(s.sessionId));
      const summaryPlan = await this.plan(current.summaries, touched.get('summaries'), summaryKey, (key) => (Array.isArray(key) && key[0] === studyId ? `${key[1]}|${key[2]}` : null), async (keys) => (await this.db.summaries.bulkGet(keys as [string, string, string][])).map((row) => row && withoutKey(row, 'studyId')), async () => (await this.db.summaries.where('studyId').equals(studyId).toArray()).map((row) => withoutKey(row, 'studyId')), () => true);
      // Turns: a session added or removed reads its turns; otherwise only the touched ones.
      const sessionsChanged = sessions.length !== current.sessions.length || sessions.some((s, i) => s.id !== current.sessions[i]?.id);
      const turnPlan = await this.plan(current.turns, sessionsChanged ? 'all' : touched.get('turns'), (t) => t.id, asId, async (keys) => (await this.db.turns.bulkGet(keys as string[])).map((row) => row && withoutKey(row, 'rev')), async () => (await this.db.turns.where('sessionId').anyOf([...sessionIds]).toArray()).map((row) => withoutKey(row, 'rev')), (t) => sessionIds.has(t.sessionId));
      const participants = participantPlan ? applyPlan(current.participants, participantPlan) : current.participants;
      const summaries = summaryPlan ? applyPlan(current.summaries, summaryPlan) : current.summaries;
      changed ||= sessions !== current.sessions || participants !== current.participants || summaries !== current.summaries;
      // Typing moves text: a turn whose text alone changed, and segments whose offsets alone moved
      // with it, keep the snapshot when nothing else changed; they are put in place.
      const textOnly =
        !changed && (turnPlan !== null || segmentPlan !== null) && inPlace(turnPlan, current.turns, sameTurnShape) && inPlace(segmentPlan, current.segments, sameSegmentShape);
      if (textOnly) {
        for (const [i, t] of turnPlan?.replaced ?? []) current.turns[i] = t;
        for (const [i, t] of segmentPlan?.replaced ?? []) current.segments[i] = t;
      }
      const turns = turnPlan && !textOnly ? applyPlan(current.turns, turnPlan) : current.turns;
      const segments = segmentPlan && !textOnly ? applyPlan(current.segments, segmentPlan) : current.segments;
      changed ||= turns !== current.turns || segments !== current.segments;
      return { project: { study, sessions, participants, turns, segments, summaries }, changed, textOnly };
    });
    if (this.closed) return;
    if (next === null) this.publish(undefined, this.snapshotValue.textVersion);
    else if (next.changed) this.publish(next.project, this.snapshotValue.textVersion);
    // The same project, its turns' texts brought up to date in place above.
    else if (next.textOnly) this.publish(current, this.snapshotValue.textVersion + 1);
  }

  /**
   * What the touched rows change in a list: rows replaced (by position), added and
   * removed; `all` when the list is to be read whole; null when nothing in it changed.
   * `keyOfKey` turns a primary key into `keyOf`'s form, or null for a key that cannot be
   * this study's; `mine` says whether a row read back belongs to the study.
   */
  private async plan<T extends object>(
    list: T[],
    keys: Set<unknown> | 'all' | undefined,
    keyOf: (row: T) => string,
    keyOfKey: (key: unknown) => string | null,
    readKeys: (keys: unknown[]) => Promise<(T | undefined)[]>,
    readAll: () => Promise<T[]>,
    mine: (row: T) => boolean,
  ): Promise<Plan<T> | null> {
    if (keys === undefined) return null;
    if (keys === 'all') return { replaced: [], added: [], removed: new Set(), whole: await readAll() };
    const wanted = [...keys].filter((k) => keyOfKey(k) !== null);
    if (wanted.length === 0) return null;
    const rows = await readKeys(wanted);
    const at = positions(list, keyOf);
    const plan: Plan<T> = { replaced: [], added: [], removed: new Set(), whole: null };
    rows.forEach((row, i) => {
      const place = at.get(keyOfKey(wanted[i])!);
      if (row && mine(row)) {
        if (place === undefined) plan.added.push(row);
        // A row written again as it was (an editor saves a turn's segments with the turn) changes nothing.
        else if (!sameRow(list[place]!, row)) plan.replaced.push([place, row]);
      } else if (place !== undefined) plan.removed.add(place);
    });
    return plan.replaced.length || plan.added.length || plan.removed.size ? plan : null;
  }
}

interface Plan<T> {
  replaced: [number, T][];
  added: T[];
  removed: Set<number>;
  /** The list read whole, when the change was told only as a range. */
  whole: T[] | null;
}

function applyPlan<T>(list: readonly T[], plan: Plan<T>): T[] {
  if (plan.whole) return plan.whole;
  const next = [...list];
  for (const [i, row] of plan.replaced) next[i] = row;
  next.push(...plan.added);
  return plan.removed.size ? next.filter((_, i) => !plan.removed.has(i)) : next;
}

/** Each row's position by key, worked out once per list (a list that only had texts replaced keeps its positions). */
const positionCache = new WeakMap<object[], Map<string, number>>();
function positions<T extends object>(list: T[], keyOf: (row: T) => string): Map<string, number> {
  let at = positionCache.get(list);
  if (!at) positionCache.set(list, (at = new Map(list.map((row, i) => [keyOf(row), i]))));
  return at;
}

/** Two rows with the same fields holding the same values (lists compared item by item). */
export function sameRow(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  return keys.every((k) => {
    const [u, v] = [x[k], y[k]];
    if (u === v) return true;
    if (Array.isArray(u) && Array.isArray(v)) return u.length === v.length && u.every((item, i) => item === v[i]);
    return typeof u === 'object' && u !== null && typeof v === 'object' && v !== null && sameRow(u, v);
  });
}

function withoutKey<T extends object, K extends keyof T>(row: T, key: K): Omit<T, K> {
  const { [key]: _, ...rest } = row;
  return rest;
}

/** One shared copy per study and database, closed a minute after the last screen holding it goes (the next tab often wants it again). */
const shared = new Map<string, { data: StudyData; users: number; timer: ReturnType<typeof setTimeout> | null }>();
const KEEP_MS = 60_000;

function entryFor(db: TelaahDb, studyId: string) {
  const key = `${db.name}|${studyId}`;
  let entry = shared.get(key);
  if (!entry) {
    const created = { data: new StudyData(db, studyId), users: 0, timer: null as ReturnType<typeof setTimeout> | null };
    shared.set(key, (entry = created));
  }
  const held = entry;
  const closeLater = () => {
    held.timer = setTimeout(() => {
      held.data.close();
      shared.delete(key);
    }, KEEP_MS);
  };
  return { held, closeLater };
}

/** The study's shared copy (made on first use). */
export function studyData(db: TelaahDb, studyId: string): StudyData {
  const { held, closeLater } = entryFor(db, studyId);
  if (held.users === 0 && !held.timer) closeLater();
  return held.data;
}

/** Keeps the study's copy open while a screen shows it; returns the release. */
export function holdStudyData(db: TelaahDb, studyId: string): () => void {
  const { held, closeLater } = entryFor(db, studyId);
  held.users++;
  if (held.timer) clearTimeout(held.timer);
  held.timer = null;
  return () => {
    if (--held.users === 0) closeLater();
  };
}
