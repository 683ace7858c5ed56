/**
 * From two coders' segments to reliability data. A decision is one coder's yes or no on
 * one code for one unit of analysis:
 * - unit "turn": every speaker turn of the sessions both coders coded; a coder says yes
 *   to code X when one of their segments in the turn carries X;
 * - unit "overlap": the coders' segments themselves, a segment of one matched with the
 *   segment of the other in the same turn that overlaps it most, when the overlap covers at
 *   least `threshold` of their joint extent (characters in both / characters in either);
 *   unmatched segments are units of their own, where the other coder said no.
 * Each decision knows its code and the assistant type it counts for, so the figures can be
 * given per code, role, matrix cell and overall.
 */
import { listCodes } from '../codebook.ts';
import type { Project, Segment } from '../model.ts';
import { effectiveAssistantType } from '../study.ts';
import { NO_DECISIONS, type Tally } from './statistics.ts';

export type AgreementUnit = { kind: 'turn' } | { kind: 'overlap'; threshold: number };

export interface Decision {
  /** The unit: a turn id, or the ids of the matched segments. */
  unit: string;
  turnId: string;
  code: string;
  /** The assistant type the unit counts for, or null when unattributed. */
  assistantType: string | null;
  a: boolean;
  b: boolean;
}

/** Share of the joint extent two spans have in common (0 when they do not touch). */
export function overlapShare(x: Pick<Segment, 'start' | 'end'>, y: Pick<Segment, 'start' | 'end'>): number {
  const common = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  if (common <= 0) return 0;
  return common / (Math.max(x.end, y.end) - Math.min(x.start, y.start));
}

interface UnitSegments {
  unit: string;
  turnId: string;
  a: Segment[];
  b: Segment[];
}

/** Sessions where both coders have coded something: the ones they can be compared on. */
export function sharedSessions(project: Project, a: string, b: string): string[] {
  const by = (coder: string) => new Set(project.segments.filter((s) => s.coder === coder).map((s) => s.sessionId));
  const first = by(a);
  const second = by(b);
  return project.sessions.filter((s) => first.has(s.id) && second.has(s.id)).map((s) => s.id);
}

function turnUnits(project: Project, sessions: Set<string>, a: string, b: string): UnitSegments[] {
  const byTurn = new Map<string, UnitSegments>();
  for (const turn of project.turns) if (sessions.has(turn.sessionId)) byTurn.set(turn.id, { unit: turn.id, turnId: turn.id, a: [], b: [] });
  for (const s of project.segments) {
    const unit = byTurn.get(s.turnId);
    if (unit && s.coder === a) unit.a.push(s);
    else if (unit && s.coder === b) unit.b.push(s);
  }
  return [...byTurn.values()];
}

function overlapUnits(project: Project, sessions: Set<string>, a: string, b: string, threshold: number): UnitSegments[] {
  const units: UnitSegments[] = [];
  const turns = new Map<string, { a: Segment[]; b: Segment[] }>();
  for (const s of project.segments) {
    if (!sessions.has(s.sessionId) || (s.coder !== a && s.coder !== b)) continue;
    const entry = turns.get(s.turnId) ?? { a: [], b: [] };
    (s.coder === a ? entry.a : entry.b).push(s);
    turns.set(s.turnId, entry);
  }
  for (const [turnId, { a: ofA, b: ofB }] of turns) {
    const taken = new Set<Segment>();
    for (const x of ofA) {
      let best: Segment | null = null;
      let bestShare = 0;
      for (const y of ofB) {
        const share = overlapShare(x, y);
        if (!taken.has(y) && share >= threshold && share > bestShare) [best, bestShare] = [y, share];
      }
      if (best) taken.add(best);
      units.push({ unit: best ? `${x.id}+${best.id}` : x.id, turnId, a: [x], b: best ? [best] : [] });
    }
    for (const y of ofB) if (!taken.has(y)) units.push({ unit: y.id, turnId, a: [], b: [y] });
  }
  return units;
}

/** The units of the shared sessions, each with its speaker. */
function unitsWithSpeakers(project: Project, a: string, b: string, unit: AgreementUnit) {
  const sessions = new Set(sharedSessions(project, a, b));
  const speakers = new Map(project.participants.map((p) => [p.id, p]));
  const turns = new Map(project.turns.map((t) => [t.id, t]));
  const units = unit.kind === 'turn' ? turnUnits(project, sessions, a, b) : overlapUnits(project, sessions, a, b, unit.threshold);
  return units.map((u) => {
    const turn = turns.get(u.turnId);
    return { ...u, speaker: turn?.speakerId ? speakers.get(turn.speakerId) : undefined };
  });
}

/** Every coder's yes/no on every code of the codebook, unit by unit. */
export function decisions(project: Project, a: string, b: string, unit: AgreementUnit): Decision[] {
  const codes = listCodes(project.study.codebook).map((c) => c.code);
  const out: Decision[] = [];
  for (const u of unitsWithSpeakers(project, a, b, unit)) {
    for (const code of codes) {
      const withA = u.a.filter((s) => s.codes.includes(code));
      const withB = u.b.filter((s) => s.codes.includes(code));
      // The type the unit counts for: as the coders' segments say, else the speaker's.
      const coded = withA[0] ?? withB[0];
      const assistantType = coded ? effectiveAssistantType(coded, u.speaker) : (u.speaker?.assistantType ?? null);
      out.push({ unit: u.unit, turnId: u.turnId, code, assistantType, a: withA.length > 0, b: withB.length > 0 });
    }
  }
  return out;
}

/** The decisions of `decisions` counted per code and the type they count for ('' unattributed), without listing them. */
export type Tallies = Map<string, Map<string, Tally>>;

export function tallies(project: Project, a: string, b: string, unit: AgreementUnit): Tallies {
  const codes = listCodes(project.study.codebook).map((c) => c.code);
  const out: Tallies = new Map(codes.map((c) => [c, new Map<string, Tally>()]));
  const tally = (code: string, type: string) => {
    const byType = out.get(code)!;
    let t = byType.get(type);
    if (!t) byType.set(type, (t = { ...NO_DECISIONS }));
    return t;
  };
  // Units per speaker's type, and per code the coded ones among them: the rest are "neither".
  const unitsOfType = new Map<string, number>();
  const codedOfType = new Map<string, number>();
  for (const u of unitsWithSpeakers(project, a, b, unit)) {
    const speakerType = u.speaker?.assistantType ?? '';
    unitsOfType.set(speakerType, (unitsOfType.get(speakerType) ?? 0) + 1);
    const firsts = new Map<string, { a?: Segment; b?: Segment }>();
    for (const s of u.a) for (const c of s.codes) if (out.has(c)) (firsts.get(c) ?? firsts.set(c, {}).get(c)!).a ??= s;
    for (const s of u.b) for (const c of s.codes) if (out.has(c)) (firsts.get(c) ?? firsts.set(c, {}).get(c)!).b ??= s;
    for (const [code, first] of firsts) {
      const type = effectiveAssistantType((first.a ?? first.b)!, u.speaker) ?? '';
      const t = tally(code, type);
      if (first.a && first.b) t.both++;
      else if (first.a) t.onlyA++;
      else t.onlyB++;
      codedOfType.set(`${code}|${speakerType}`, (codedOfType.get(`${code}|${speakerType}`) ?? 0) + 1);
    }
  }
  for (const code of codes) {
    for (const [type, n] of unitsOfType) {
      const neither = n - (codedOfType.get(`${code}|${type}`) ?? 0);
      if (neither > 0) tally(code, type).neither += neither;
    }
  }
  return out;
}
