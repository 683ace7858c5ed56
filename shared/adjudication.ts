/**
 * Comparing two coders on one session and settling their disagreements into a consensus
 * coder. The unit is the turn, as for agreement: in each turn, each code either coder
 * applied is an agreement (both did) or a disagreement (one did). The team settles a
 * disagreement by keeping coder A's segments with that code, B's, both, or neither; the
 * chosen segments are copied, with only that code, to the consensus coder, and the choice
 * is recorded so it shows as settled. Agreements can be accepted into the consensus in one
 * step. The consensus is a coder like any other: it can be compared, exported and counted.
 */
import { CONSENSUS } from './coders.ts';
import type { AdjudicationChoice, Project, Segment, Turn } from './model.ts';
import { newId } from './model.ts';
import { sessionTurns } from './transcript.ts';

export interface ComparedCode {
  code: string;
  a: Segment[];
  b: Segment[];
  agreed: boolean;
  /** The team's decision on a disagreement, once made. */
  choice: AdjudicationChoice | null;
}

export interface ComparedTurn {
  turn: Turn;
  a: Segment[];
  b: Segment[];
  codes: ComparedCode[];
}

export function compareSession(project: Project, sessionId: string, a: string, b: string): ComparedTurn[] {
  const byTurn = new Map<string, Segment[]>();
  for (const s of project.segments) if (s.sessionId === sessionId) (byTurn.get(s.turnId) ?? byTurn.set(s.turnId, []).get(s.turnId)!).push(s);
  const decided = new Map(project.study.adjudications.filter((d) => d.a === a && d.b === b).map((d) => [`${d.turnId}\u0000${d.code}`, d.choice]));
  return sessionTurns(project, sessionId).map((turn) => {
    const ofTurn = byTurn.get(turn.id) ?? [];
    const ofA = ofTurn.filter((s) => s.coder === a).sort((x, y) => x.start - y.start);
    const ofB = ofTurn.filter((s) => s.coder === b).sort((x, y) => x.start - y.start);
    const codes = [...new Set([...ofA, ...ofB].flatMap((s) => s.codes))].sort();
    return {
      turn,
      a: ofA,
      b: ofB,
      codes: codes.map((code) => {
        const withA = ofA.filter((s) => s.codes.includes(code));
        const withB = ofB.filter((s) => s.codes.includes(code));
        return { code, a: withA, b: withB, agreed: withA.length > 0 && withB.length > 0, choice: decided.get(`${turn.id}\u0000${code}`) ?? null };
      }),
    };
  });
}

/** Copies of segments for the consensus coder, carrying only `code`, each with the id of the segment it copies. */
function forConsensus(segments: readonly Segment[], code: string, now: string): { copy: Segment; of: string }[] {
  return segments.map((s) => ({ copy: { ...s, id: newId(), codes: [code], coder: CONSENSUS, createdAt: now }, of: s.id }));
}

/**
 * The study with consensus copies added, and the exemplar quotes following their statements
 * into the consensus: a summary quoting a coder's segment quotes its copy right after it,
 * so counting the consensus keeps the quotes the team chose. Quotes of segments no longer
 * there (a decision replaced) go.
 */
function withConsensus(project: Project, segments: Segment[], copies: readonly { copy: Segment; of: string }[], alsoFollow: readonly [string, string][] = []): Project {
  const copiesOf = new Map<string, string[]>();
  for (const [of, id] of [...copies.map(({ copy, of }) => [of, copy.id] as const), ...alsoFollow]) copiesOf.set(of, [...(copiesOf.get(of) ?? []), id]);
  const all = [...segments, ...copies.map((c) => c.copy)];
  const ids = new Set(all.map((s) => s.id));
  const summaries = project.summaries.map((summary) => {
    const exemplars = [...new Set(summary.exemplars.flatMap((id) => [id, ...(copiesOf.get(id) ?? [])]))].filter((id) => ids.has(id));
    return exemplars.length === summary.exemplars.length && exemplars.every((id, i) => id === summary.exemplars[i]) ? summary : { ...summary, exemplars };
  });
  return { ...project, segments: all, summaries };
}

/** The consensus without `code` in `turnId`: what a new decision replaces. */
function withoutConsensus(segments: readonly Segment[], turnId: string, code: string): Segment[] {
  return segments.flatMap((s) => {
    if (s.coder !== CONSENSUS || s.turnId !== turnId || !s.codes.includes(code)) return [s];
    const codes = s.codes.filter((c) => c !== code);
    return codes.length ? [{ ...s, codes }] : [];
  });
}

export function adjudicate(project: Project, turnId: string, code: string, a: string, b: string, choice: AdjudicationChoice, now = new Date()): Project {
  const inTurn = project.segments.filter((s) => s.turnId === turnId && s.codes.includes(code));
  const chosen = [...(choice === 'a' || choice === 'both' ? inTurn.filter((s) => s.coder === a) : []), ...(choice === 'b' || choice === 'both' ? inTurn.filter((s) => s.coder === b) : [])];
  // Both coders' segments on the same words become one consensus segment.
  const distinct = chosen.filter((s, i) => chosen.findIndex((t) => t.start === s.start && t.end === s.end) === i);
  const adjudications = [...project.study.adjudications.filter((d) => !(d.turnId === turnId && d.code === code && d.a === a && d.b === b)), { turnId, code, a, b, choice }];
  return withConsensus({ ...project, study: { ...project.study, adjudications } }, withoutConsensus(project.segments, turnId, code), forConsensus(distinct, code, now.toISOString()));
}

/** Puts every agreement of the session into the consensus (coder A's segments for it), leaving decisions already made alone. */
export function acceptAgreements(project: Project, sessionId: string, a: string, b: string, now = new Date()): Project {
  const settled = new Set(project.segments.filter((s) => s.coder === CONSENSUS).flatMap((s) => s.codes.map((code) => `${s.turnId}\u0000${code}`)));
  const copies: { copy: Segment; of: string }[] = [];
  // A quote chosen on coder B's segment of an agreement follows it too, to the copy of A's.
  const alsoFollow: [string, string][] = [];
  for (const turn of compareSession(project, sessionId, a, b)) {
    for (const c of turn.codes.filter((x) => x.agreed && !settled.has(`${turn.turn.id}\u0000${x.code}`))) {
      const made = forConsensus(c.a, c.code, now.toISOString());
      copies.push(...made);
      for (const other of c.b) alsoFollow.push([other.id, made[0]!.copy.id]);
    }
  }
  return copies.length === 0 ? project : withConsensus(project, project.segments, copies, alsoFollow);
}
