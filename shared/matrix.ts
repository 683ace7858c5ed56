/**
 * The framework matrix: every code of the codebook crossed with every column of the
 * comparison (the study's assistant types by default, or the values of a participant
 * attribute, see comparison.ts), holding the coded segments that fall in that cell. A
 * segment with several codes appears in each of its cells; its column is its effective
 * assistant type, or its speaker's value of the attribute compared.
 */
import { listCodes } from './codebook.ts';
import { BY_ASSISTANT_TYPE, comparisonGroups, groupOf, type CompareBy, type ComparisonGroup } from './comparison.ts';
import type { Participant, Project, Segment } from './model.ts';
import { inTranscriptOrder } from './segments-view.ts';
import { effectiveAssistantType } from './study.ts';

/** A segment as the matrix and the tables show it: with its speaker and session. */
export interface CellQuote {
  segment: Segment;
  speakerId: string | null;
  speaker: string;
  session: string;
  assistantType: string | null;
}

/**
 * One cell: the segments coded with its code that count for its assistant type, in
 * transcript order. Their quotes (speaker and session) are looked up when first asked for:
 * the matrix screen shows counts for every cell but quotes for the one cell opened.
 */
export class MatrixCell {
  readonly segments: Segment[] = [];
  #quotes: CellQuote[] | null = null;

  constructor(
    readonly code: string,
    /** The column: an assistant type's key, or a value of the attribute compared. */
    readonly group: string,
    private readonly quoteOf: (segment: Segment) => CellQuote,
  ) {}

  get quotes(): readonly CellQuote[] {
    return (this.#quotes ??= this.segments.map(this.quoteOf));
  }
}

export interface Matrix {
  codes: string[];
  /** What is compared, and its columns in order. */
  by: CompareBy;
  groups: ComparisonGroup[];
  /** Keyed by {@link cellKey}. */
  cells: Map<string, MatrixCell>;
  /** Coded segments that count for no column: no assistant type (or no value of the attribute compared). */
  unattributed: CellQuote[];
}

export function cellKey(code: string, group: string): string {
  return `${code}|${group}`;
}

/** Where a turn sits and who speaks it, looked up once per turn rather than once per segment. */
interface TurnPlace {
  rank: number;
  order: number;
  speaker: Participant | undefined;
  session: string;
}

export function buildMatrix(project: Project, by: CompareBy = BY_ASSISTANT_TYPE): Matrix {
  const { study } = project;
  const codes = listCodes(study.codebook).map((c) => c.code);
  const groups = comparisonGroups(project, by);
  const columns = groups.map((g) => g.key);
  const cells = new Map<string, MatrixCell>();
  const places = turnPlaces(project);
  const quoteOf = (segment: Segment) => quoteAt(segment, places.get(segment.turnId) ?? NOWHERE);
  // The same cells by code, then by the assistant type's position: no key string is built per segment.
  const byCode = new Map<string, MatrixCell[]>();
  for (const code of codes) {
    const row = columns.map((group) => new MatrixCell(code, group, quoteOf));
    row.forEach((cell) => cells.set(cellKey(code, cell.group), cell));
    byCode.set(code, row);
  }
  const unattributed: CellQuote[] = [];
  // Segments mostly arrive in transcript order; only when they do not are they sorted first.
  if (!fillCells(project.segments, places, { by, columns, byCode }, unattributed, true)) {
    for (const cell of cells.values()) cell.segments.length = 0;
    unattributed.length = 0;
    fillCells(inTranscriptOrder(project, project.segments), places, { by, columns, byCode }, unattributed, false);
  }
  return { codes, by, groups, cells, unattributed };
}

function turnPlaces(project: Project): Map<string, TurnPlace> {
  const participants = new Map(project.participants.map((p) => [p.id, p]));
  const sessions = new Map(project.sessions.map((s, rank) => [s.id, { rank, title: s.title }]));
  const places = new Map<string, TurnPlace>();
  for (const turn of project.turns) {
    const session = sessions.get(turn.sessionId);
    places.set(turn.id, {
      rank: session?.rank ?? 0,
      order: turn.order,
      speaker: turn.speakerId ? participants.get(turn.speakerId) : undefined,
      session: session?.title ?? '',
    });
  }
  return places;
}

const NOWHERE: TurnPlace = { rank: 0, order: 0, speaker: undefined, session: '' };

/**
 * Puts each segment's quote into the cells of its codes. With `checkOrder`, stops and
 * answers false at the first segment that comes before its predecessor in the transcript.
 */
function fillCells(
  segments: readonly Segment[],
  places: Map<string, TurnPlace>,
  grid: { by: CompareBy; columns: string[]; byCode: Map<string, MatrixCell[]> },
  unattributed: CellQuote[],
  checkOrder: boolean,
): boolean {
  let prevPlace: TurnPlace | null = null;
  let prev: Segment | null = null;
  // A turn's segments come one after another: its place is looked up once for them all.
  let place = NOWHERE;
  let turnId: string | null = null;
  for (const segment of segments) {
    if (segment.turnId !== turnId) {
      turnId = segment.turnId;
      place = places.get(turnId) ?? NOWHERE;
    }
    if (checkOrder) {
      if (prevPlace && prev && comesBefore(place, segment, prevPlace, prev)) return false;
      prevPlace = place;
      prev = segment;
    }
    const group = groupOf(grid.by, segment, place.speaker);
    if (group === null) {
      unattributed.push(quoteAt(segment, place));
      continue;
    }
    // Studies have a handful of columns: a scan beats a lookup.
    const column = grid.columns.indexOf(group);
    if (column < 0) continue;
    for (const code of segment.codes) grid.byCode.get(code)?.[column]!.segments.push(segment);
  }
  return true;
}

function quoteAt(segment: Segment, { speaker, session }: TurnPlace): CellQuote {
  return { segment, speakerId: speaker?.id ?? null, speaker: speaker?.label ?? '', session, assistantType: effectiveAssistantType(segment, speaker) };
}

function comesBefore(place: TurnPlace, segment: Segment, prevPlace: TurnPlace, prev: Segment): boolean {
  return (place.rank - prevPlace.rank || place.order - prevPlace.order || segment.start - prev.start || segment.end - prev.end) < 0;
}

/** What a cell counts: its coded segments, the distinct participants who said them, or the sessions they come from. */
export type CellMeasure = 'segments' | 'participants' | 'sessions';
export const CELL_MEASURES: CellMeasure[] = ['segments', 'participants', 'sessions'];

function measureCell(cell: MatrixCell, measure: CellMeasure): number {
  switch (measure) {
    case 'segments':
      return cell.segments.length;
    case 'participants':
      return new Set(cell.quotes.map((q) => q.speakerId ?? `segment:${q.segment.id}`)).size;
    case 'sessions':
      return new Set(cell.segments.map((s) => s.sessionId)).size;
  }
}

export function cellCount(matrix: Matrix, code: string, group: string, measure: CellMeasure = 'segments'): number {
  const cell = matrix.cells.get(cellKey(code, group));
  return cell ? measureCell(cell, measure) : 0;
}

/** The largest count of any cell, for heat shading. */
export function maxCellCount(matrix: Matrix, measure: CellMeasure = 'segments'): number {
  let max = 0;
  for (const cell of matrix.cells.values()) max = Math.max(max, measureCell(cell, measure));
  return max;
}
