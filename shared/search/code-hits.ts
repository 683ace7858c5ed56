/**
 * Coding what a search found in one step: each hit becomes a segment with the chosen code,
 * made by the coder (the same words already coded by that coder gain the code instead), and
 * the step can be taken back: the segments it made go, the code it added comes off.
 */
import { newId, type Project, type Segment } from '../model.ts';
import type { Hit } from './query.ts';

export interface CodedHits {
  project: Project;
  /** Segments the step made. */
  made: string[];
  /** Segments that were there and gained the code. */
  extended: string[];
}

export function codeHits(project: Project, hits: readonly Hit[], code: string, coder: string, now = new Date()): CodedHits {
  const turns = new Map(project.turns.map((t) => [t.id, t]));
  const bySpan = new Map(project.segments.filter((s) => s.coder === coder).map((s) => [`${s.turnId}|${s.start}|${s.end}`, s]));
  const made: Segment[] = [];
  const extended = new Set<string>();
  for (const hit of hits) {
    const key = `${hit.turnId}|${hit.start}|${hit.end}`;
    const there = bySpan.get(key);
    if (there) {
      if (!there.codes.includes(code)) extended.add(there.id);
      continue;
    }
    const turn = turns.get(hit.turnId);
    if (!turn) continue;
    const segment: Segment = { id: newId(), sessionId: turn.sessionId, turnId: turn.id, start: hit.start, end: hit.end, text: turn.text.slice(hit.start, hit.end), codes: [code], assistantType: null, coder, memo: '', createdAt: now.toISOString() };
    made.push(segment);
    bySpan.set(key, segment);
  }
  const segments = project.segments.map((s) => (extended.has(s.id) ? { ...s, codes: [...s.codes, code] } : s));
  return { project: { ...project, segments: [...segments, ...made] }, made: made.map((s) => s.id), extended: [...extended] };
}

/** The step taken back, leaving whatever else changed since as it is. */
export function uncodeHits(project: Project, step: Pick<CodedHits, 'made' | 'extended'>, code: string): Project {
  const made = new Set(step.made);
  const extended = new Set(step.extended);
  return {
    ...project,
    segments: project.segments.filter((s) => !made.has(s.id)).map((s) => (extended.has(s.id) ? { ...s, codes: s.codes.filter((c) => c !== code) } : s)),
  };
}
