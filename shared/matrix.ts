/**
 * The framework matrix: every code of the codebook crossed with every assistant type of
 * the study, holding the coded segments that fall in that cell. A segment with several
 * codes appears in each of its cells; its column is its effective assistant type.
 */
import { listCodes } from './codebook.ts';
import type { Project, Segment } from './model.ts';
import { effectiveAssistantType } from './study.ts';

/** A segment as the matrix and the tables show it: with its speaker and session. */
export interface CellQuote {
  segment: Segment;
  speakerId: string | null;
  speaker: string;
  session: string;
  assistantType: string | null;
}

export interface MatrixCell {
  code: string;
  assistantType: string;
  quotes: CellQuote[];
}

export interface Matrix {
  codes: string[];
  assistantTypes: string[];
  /** Keyed by {@link cellKey}. */
  cells: Map<string, MatrixCell>;
  /** Coded segments whose speaker has no assistant type and that set none themselves. */
  unattributed: CellQuote[];
}

export function cellKey(code: string, assistantType: string): string {
  return `${code}|${assistantType}`;
}

export function buildMatrix(project: Project): Matrix {
  const { study } = project;
  const codes = listCodes(study.codebook).map((c) => c.code);
  const assistantTypes = study.assistantTypes.map((t) => t.key);
  const cells = new Map<string, MatrixCell>();
  for (const code of codes) {
    for (const type of assistantTypes) cells.set(cellKey(code, type), { code, assistantType: type, quotes: [] });
  }
  const participants = new Map(project.participants.map((p) => [p.id, p]));
  const turns = new Map(project.turns.map((t) => [t.id, t]));
  const sessions = new Map(project.sessions.map((s) => [s.id, s]));
  const sessionRank = new Map(project.sessions.map((s, i) => [s.id, i]));
  const unattributed: CellQuote[] = [];

  // Sort keys are looked up once per segment, not once per comparison.
  const keyed = project.segments.map((segment) => ({ segment, rank: sessionRank.get(segment.sessionId) ?? 0, order: turns.get(segment.turnId)?.order ?? 0 }));
  const before = (a: (typeof keyed)[number], b: (typeof keyed)[number]) => a.rank - b.rank || a.order - b.order || a.segment.start - b.segment.start;
  // Segments mostly arrive in transcript order already; then one pass replaces the sort.
  if (keyed.some((k, i) => i > 0 && before(keyed[i - 1]!, k) > 0)) keyed.sort(before);
  const ordered = keyed.map((k) => k.segment);
  for (const segment of ordered) {
    const turn = turns.get(segment.turnId);
    const speaker = turn?.speakerId ? participants.get(turn.speakerId) : undefined;
    const assistantType = effectiveAssistantType(segment, speaker);
    const quote: CellQuote = {
      segment,
      speakerId: speaker?.id ?? null,
      speaker: speaker?.label ?? '',
      session: sessions.get(segment.sessionId)?.title ?? '',
      assistantType,
    };
    if (assistantType === null) {
      unattributed.push(quote);
      continue;
    }
    for (const code of segment.codes) cells.get(cellKey(code, assistantType))?.quotes.push(quote);
  }
  return { codes, assistantTypes, cells, unattributed };
}

/** What a cell counts: its coded segments, the distinct participants who said them, or the sessions they come from. */
export type CellMeasure = 'segments' | 'participants' | 'sessions';
export const CELL_MEASURES: CellMeasure[] = ['segments', 'participants', 'sessions'];

function measureQuotes(quotes: readonly CellQuote[], measure: CellMeasure): number {
  switch (measure) {
    case 'segments':
      return quotes.length;
    case 'participants':
      return new Set(quotes.map((q) => q.speakerId ?? `segment:${q.segment.id}`)).size;
    case 'sessions':
      return new Set(quotes.map((q) => q.segment.sessionId)).size;
  }
}

export function cellCount(matrix: Matrix, code: string, assistantType: string, measure: CellMeasure = 'segments'): number {
  return measureQuotes(matrix.cells.get(cellKey(code, assistantType))?.quotes ?? [], measure);
}

/** The largest count of any cell, for heat shading. */
export function maxCellCount(matrix: Matrix, measure: CellMeasure = 'segments'): number {
  let max = 0;
  for (const cell of matrix.cells.values()) max = Math.max(max, measureQuotes(cell.quotes, measure));
  return max;
}
