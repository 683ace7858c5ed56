/**
 * Teams coding in pairs. A study's coders are the ones it lists plus anyone whose name a
 * segment carries. A coder's work travels as a project file of the same study; importing
 * it puts that coder's segments beside everyone else's, matched to this copy's sessions by
 * title and to its turns by text, never by internal ids (the files go by e-mail and USB
 * stick, and each copy has its own). A coder's earlier segments in those sessions are
 * replaced by the ones in the file. The import is all or nothing.
 */
import { listCodes } from './codebook.ts';
import { ImportError, lookalikeReason, nameReason } from './formats/import-error.ts';
import { reason, type Reason } from './formats/reasons.ts';
import type { Coder, Project, Segment, Turn } from './model.ts';
import { newId } from './model.ts';
import { paletteColor } from './palette.ts';
import { NameSkeletons } from './text-clean.ts';
import { sessionTurns } from './transcript.ts';

export const CONSENSUS = 'Konsensus';

/** The name coder-less statements get when nobody else is known: every segment has a coder, whom agreement and the tables count it for. */
export const FIRST_CODER = 'Pengode 1';

/**
 * Whose a statement coded without a coder's name is: the study's first coder (in a study
 * one person coded before choosing a name, that person), else "Pengode 1". Older studies
 * are upgraded with it, and every importer gives it to rows that name no coder.
 */
export function coderForUnnamed(coders: readonly { name: string }[]): string {
  return coders.find((c) => c.name.trim() !== '' && c.name !== CONSENSUS)?.name ?? FIRST_CODER;
}

/**
 * Why a coder's name, cleaned (see `cleanName`), cannot be taken beside the coders already
 * known: not one sane line, or only looking like one of them (then the two would count as
 * two coders of one person's work). Null when it can.
 */
export function coderNameReason(name: string, known: readonly string[]): Reason | null {
  const why = nameReason(name, 'label');
  if (why) return why;
  const other = new NameSkeletons(known).lookalike(name);
  return other === undefined ? null : lookalikeReason(name, other, 'coder.lookalike');
}

/** The study's coders, then any other name found on its segments, each with a colour. */
export function studyCoders(project: Pick<Project, 'study'> & { segments: readonly Pick<Segment, 'coder'>[] }): Coder[] {
  const coders = [...project.study.coders];
  const known = new Set(coders.map((c) => c.name));
  for (const s of project.segments) {
    if (s.coder && !known.has(s.coder)) {
      known.add(s.coder);
      coders.push({ name: s.coder, color: paletteColor(coders.length + 1) });
    }
  }
  return coders;
}

export interface CoderImport {
  project: Project;
  /** Coders whose work came in, with how many segments each. */
  coders: { name: string; segments: number }[];
}

const sameWork = (x: Segment, y: Segment) => x.start === y.start && x.end === y.end && x.codes.join() === y.codes.join() && x.assistantType === y.assistantType && x.memo === y.memo;

/** Where a segment of the other copy lies in this copy's session: its turn and span. */
function place(segment: Segment, from: Turn, index: number, fromLabel: string, targets: readonly Turn[], labelOf: (t: Turn) => string): { turn: Turn; start: number; end: number } | null {
  const sameText = (t: Turn | undefined) => t !== undefined && t.text === from.text;
  const exact = sameText(targets[index]) ? targets[index] : (targets.find((t) => sameText(t) && labelOf(t) === fromLabel) ?? targets.find(sameText));
  if (exact) return { turn: exact, start: segment.start, end: segment.end };
  // The turn was edited in one copy: find the coded words themselves, preferring the same speaker.
  const holders = targets.filter((t) => t.text.includes(segment.text));
  const turn = holders.find((t) => labelOf(t) === fromLabel) ?? holders[0];
  if (!turn || segment.text === '') return null;
  const start = turn.text.indexOf(segment.text);
  return { turn, start, end: start + segment.text.length };
}

export function importCoderWork(project: Project, other: Project, file: string): CoderImport {
  const codes = new Set(listCodes(project.study.codebook).map((c) => c.code));
  const types = new Set(project.study.assistantTypes.map((t) => t.key));
  const sessionsByTitle = new Map(project.sessions.map((s) => [s.title.trim(), s]));
  const labels = (p: Project) => new Map(p.participants.map((x) => [x.id, x.label]));
  const [ourLabels, theirLabels] = [labels(project), labels(other)];
  const coders = [...new Set(other.segments.map((s) => s.coder).filter((c) => c !== ''))];
  if (coders.length === 0) throw new ImportError(file, null, reason('coders.none'));

  const incoming = new Map<string, Segment[]>();
  const covered = new Set<string>();
  for (const theirSession of other.sessions) {
    const theirSegments = other.segments.filter((s) => s.sessionId === theirSession.id && s.coder !== '');
    if (theirSegments.length === 0) continue;
    const ours = sessionsByTitle.get(theirSession.title.trim());
    if (!ours) throw new ImportError(file, null, reason('coders.noSession', { title: theirSession.title }));
    covered.add(ours.id);
    const theirTurns = sessionTurns(other, theirSession.id);
    const ourTurns = sessionTurns(project, ours.id);
    const position = new Map(theirTurns.map((t, i) => [t.id, i]));
    for (const s of theirSegments) {
      const from = theirTurns[position.get(s.turnId) ?? -1];
      const unknown = s.codes.find((c) => !codes.has(c));
      if (unknown) throw new ImportError(file, null, reason('coders.unknownCode', { code: unknown, title: theirSession.title }));
      if (s.assistantType !== null && !types.has(s.assistantType)) throw new ImportError(file, null, reason('project.unknownType', { path: `segments (${s.coder})`, type: s.assistantType }));
      const at = from && place(s, from, position.get(s.turnId)!, from.speakerId ? (theirLabels.get(from.speakerId) ?? '') : '', ourTurns, (t) => (t.speakerId ? (ourLabels.get(t.speakerId) ?? '') : ''));
      if (!at) throw new ImportError(file, null, reason('coders.textNotFound', { title: theirSession.title, text: s.text.slice(0, 80) }));
      const list = incoming.get(s.coder) ?? [];
      list.push({ ...s, id: newId(), sessionId: ours.id, turnId: at.turn.id, start: at.start, end: at.end, text: at.turn.text.slice(at.start, at.end) });
      incoming.set(s.coder, list);
    }
  }
  // A coder whose segments are already here unchanged brings nothing new.
  const changed = coders.filter((coder) => {
    const theirs = incoming.get(coder) ?? [];
    const ours = project.segments.filter((s) => s.coder === coder && covered.has(s.sessionId));
    return theirs.length !== ours.length || theirs.some((t) => !ours.some((o) => o.turnId === t.turnId && sameWork(o, t)));
  });
  const replaced = new Set(changed);
  const segments = [...project.segments.filter((s) => !(replaced.has(s.coder) && covered.has(s.sessionId))), ...changed.flatMap((c) => incoming.get(c) ?? [])];
  const known = studyCoders(project);
  const theirColors = new Map(other.study.coders.map((c) => [c.name, c.color]));
  for (const name of changed) if (!known.some((c) => c.name === name)) known.push({ name, color: theirColors.get(name) ?? paletteColor(known.length + 1) });
  return {
    project: { ...project, study: { ...project.study, coders: known }, segments },
    coders: changed.map((name) => ({ name, segments: incoming.get(name)?.length ?? 0 })),
  };
}

/**
 * Whose segments the matrix and the tables count: everyone's (''), or one coder's. With
 * two coders' work side by side, counting everyone's would count a statement twice, so
 * the consensus is counted once there is one.
 */
export function countedCoder(project: Pick<Project, 'segments'>, chosen: string | null): string {
  if (chosen !== null && (chosen === '' || project.segments.some((s) => s.coder === chosen))) return chosen;
  return project.segments.some((s) => s.coder === CONSENSUS) ? CONSENSUS : '';
}

/** The project with only `coder`'s segments, or as it is for ''. */
export function countedBy(project: Project, coder: string): Project {
  return coder === '' ? project : { ...project, segments: project.segments.filter((s) => s.coder === coder) };
}
