/**
 * Code co-occurrence: how often two codes meet, counted three ways.
 * - `segment`: segments coded with both.
 * - `turn`: turns holding both, in any of their segments.
 * - `overlap`: stretches of text coded with both: pairs of segments of one turn whose text
 *   overlaps (a segment with itself included), one coded with each.
 * The diagonal counts the places of one code alone, by the same unit. Counts can be limited
 * to the segments of one group, as the matrix places them: one assistant type, or one value
 * of a participant attribute (a site, "perempuan"). Each count keeps the segments behind it,
 * for the researcher to read.
 */
import { listCodes } from './codebook.ts';
import type { Project, Segment } from './model.ts';
import { inTranscriptOrder } from './segments-view.ts';
import { groupOf, type CompareBy } from './comparison.ts';
import { writeSheetCsv, type CsvKind } from './formats/csv.ts';

export type CooccurrenceUnit = 'segment' | 'turn' | 'overlap';
export const COOCCURRENCE_UNITS: readonly CooccurrenceUnit[] = ['segment', 'turn', 'overlap'];

export interface CooccurrenceOptions {
  unit: CooccurrenceUnit;
  /** Only the segments of one group (an assistant type, or a value of an attribute); null for all. */
  group: { by: CompareBy; key: string } | null;
}

export interface CooccurrenceCell {
  count: number;
  /** The segments where the two codes meet, in transcript order. */
  segments: Segment[];
}

export interface Cooccurrence {
  /** The codes that occur at all, in codebook order. */
  codes: string[];
  cell(a: string, b: string): CooccurrenceCell;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const EMPTY: CooccurrenceCell = { count: 0, segments: [] };

export function cooccurrence(project: Project, options: CooccurrenceOptions): Cooccurrence {
  const people = new Map(project.participants.map((p) => [p.id, p]));
  const speakerOf = new Map(project.turns.map((t) => [t.id, t.speakerId ? people.get(t.speakerId) : undefined]));
  const { group } = options;
  const segments = inTranscriptOrder(project, project.segments).filter((s) => group === null || groupOf(group.by, s, speakerOf.get(s.turnId)) === group.key);
  const cells = new Map<string, { count: number; segments: Set<Segment> }>();
  const add = (a: string, b: string, behind: Segment[]) => {
    const key = pairKey(a, b);
    const cell = cells.get(key) ?? { count: 0, segments: new Set<Segment>() };
    cells.set(key, cell);
    cell.count++;
    behind.forEach((s) => cell.segments.add(s));
  };
  /** Every unordered pair of codes (and each code with itself) of one place. */
  const place = (codes: Iterable<string>, behind: Segment[]) => {
    const list = [...new Set(codes)];
    for (let i = 0; i < list.length; i++) for (let j = i; j < list.length; j++) add(list[i]!, list[j]!, behind);
  };
  const byTurn = new Map<string, Segment[]>();
  for (const s of segments) byTurn.set(s.turnId, [...(byTurn.get(s.turnId) ?? []), s]);
  if (options.unit === 'segment') for (const s of segments) place(s.codes, [s]);
  if (options.unit === 'turn') for (const list of byTurn.values()) place(list.flatMap((s) => s.codes), list);
  if (options.unit === 'overlap') {
    for (const list of byTurn.values()) {
      for (let i = 0; i < list.length; i++) {
        const s = list[i]!;
        place(s.codes, [s]);
        for (let j = i + 1; j < list.length; j++) {
          const t = list[j]!;
          if (t.start >= s.end || s.start >= t.end) continue;
          // Two segments overlapping: each code of one meets each code of the other once.
          const met = new Set<string>();
          for (const a of s.codes) {
            for (const b of t.codes) {
              if (a === b || met.has(pairKey(a, b))) continue;
              met.add(pairKey(a, b));
              add(a, b, [s, t]);
            }
          }
        }
      }
    }
  }
  const used = new Set(segments.flatMap((s) => s.codes));
  const order = new Map(segments.map((s, i) => [s, i]));
  return {
    codes: listCodes(project.study.codebook).map((c) => c.code).filter((c) => used.has(c)),
    cell(a, b) {
      const cell = cells.get(pairKey(a, b));
      return cell ? { count: cell.count, segments: [...cell.segments].sort((x, y) => order.get(x)! - order.get(y)!) } : EMPTY;
    },
  };
}

export function cooccurrenceRows(table: Cooccurrence): (string | number)[][] {
  return table.codes.map((a) => [a, ...table.codes.map((b) => table.cell(a, b).count)]);
}

export function cooccurrenceCsv(table: Cooccurrence, kind: CsvKind = 'standard'): string {
  return writeSheetCsv(['code', ...table.codes], cooccurrenceRows(table), kind);
}
