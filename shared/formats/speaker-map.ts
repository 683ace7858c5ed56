/**
 * Mapping the speaker labels of an imported transcript to the study's participants: each
 * label can become an existing participant, a new one, be merged with another label, or be
 * left out as no speaker (a document's header line such as "Tanggal: 14/03/2019"). The CLI reads the map from a CSV (`from,to`).
 */
import { readCsv } from './csv.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';
import type { TranscriptTurn } from './transcript-txt.ts';
import { NameSkeletons } from '../text-clean.ts';

export type SpeakerMap = ReadonlyMap<string, string>;

/** The distinct speaker labels of a transcript, in order of first appearance. */
export function speakerLabels(turns: readonly TranscriptTurn[]): string[] {
  return [...new Set(turns.flatMap((t) => (t.speaker === null ? [] : [t.speaker])))];
}

export function applySpeakerMap(turns: readonly TranscriptTurn[], map: SpeakerMap): TranscriptTurn[] {
  return turns.map((t) => (t.speaker !== null && map.has(t.speaker) ? { ...t, speaker: map.get(t.speaker) ?? t.speaker } : t));
}

export function readSpeakerMap(csv: string, file: string, turns: readonly TranscriptTurn[]): SpeakerMap {
  const labels = new Set(speakerLabels(turns));
  const map = new Map<string, string>();
  for (const { line, values } of readCsv(csv, file, { required: ['from', 'to'] })) {
    const from = (values.from ?? '').trim();
    const to = (values.to ?? '').trim();
    if (!labels.has(from)) throw new ImportError(file, line, reason('speakers.unknownLabel', { label: from }));
    if (to === '') throw new ImportError(file, line, reason('speakers.emptyTarget', { label: from }));
    if (map.has(from)) throw new ImportError(file, line, reason('speakers.twice', { label: from }));
    map.set(from, to);
  }
  return map;
}

/** What the user chose for one label in the mapping step; `skip`: not a speaker (a document's header line, "Tanggal: 14/03/2019"), its turns left out. */
export type SpeakerChoice =
  | { kind: 'participant'; label: string }
  | { kind: 'new'; label: string }
  | { kind: 'merge'; into: string }
  | { kind: 'skip' };

/** Labels a document's header uses for the session's details: met once before the talk, they are no speaker. */
const DETAIL_LABELS = new Set(['tanggal', 'hari', 'hari/tanggal', 'waktu', 'jam', 'tempat', 'lokasi', 'notulis', 'notulen', 'pencatat', 'fasilitator', 'topik', 'judul', 'date', 'time', 'place', 'location', 'note-taker', 'notetaker', 'topic', 'title']);

/** The turns as the choices make them: a skipped label's turns (and those merged into it) left out, the rest named as chosen. */
export function turnsFromChoices(turns: readonly TranscriptTurn[], choices: ReadonlyMap<string, SpeakerChoice>): TranscriptTurn[] {
  const skipped = (label: string): boolean => {
    const seen = new Set<string>();
    for (let at = label; !seen.has(at); ) {
      seen.add(at);
      const choice = choices.get(at);
      if (choice?.kind === 'skip') return true;
      if (choice?.kind !== 'merge') return false;
      at = choice.into;
    }
    return false;
  };
  const kept = turns.filter((t) => t.speaker === null || !skipped(t.speaker));
  return applySpeakerMap(kept, speakerMapFromChoices(choices));
}

/**
 * The map from the user's choices. A label merged into another takes whatever that label
 * becomes (following chains of merges); a merge that loops back on itself keeps the label.
 */
export function speakerMapFromChoices(choices: ReadonlyMap<string, SpeakerChoice>): SpeakerMap {
  const resolve = (origin: string): string => {
    const seen = new Set([origin]);
    let label = origin;
    for (;;) {
      const choice = choices.get(label);
      if (!choice) return label;
      if (choice.kind === 'skip') return label;
      if (choice.kind !== 'merge') return choice.label.trim() || label;
      if (seen.has(choice.into)) return origin;
      seen.add(choice.into);
      label = choice.into;
    }
  };
  return new Map([...choices.keys()].map((label) => [label, resolve(label)]));
}

/**
 * The first guess: a label that is a participant's label maps to them, so does one that is
 * a participant's pseudonym (Telaah's exports name people by pseudonym), and the others
 * become new participants.
 */
export function defaultChoices(labels: readonly string[], participants: readonly { label: string; pseudonym: string }[], turns: readonly TranscriptTurn[] = []): Map<string, SpeakerChoice> {
  // A details label ("Tanggal") said once, before anyone else speaks, is the document's header.
  const once = new Map<string, number>();
  for (const t of turns) if (t.speaker !== null) once.set(t.speaker, (once.get(t.speaker) ?? 0) + 1);
  const firstTalk = turns.findIndex((t) => t.speaker !== null && !DETAIL_LABELS.has(t.speaker.toLowerCase()));
  const header = new Set(turns.slice(0, firstTalk < 0 ? turns.length : firstTalk).flatMap((t) => (t.speaker !== null && once.get(t.speaker) === 1 ? [t.speaker] : [])));
  const participantLabels = participants.map((p) => p.label);
  const known = new Set(participantLabels);
  const byPseudonym = new Map(participants.filter((p) => p.pseudonym !== '').map((p) => [p.pseudonym, p.label]));
  const looks = new NameSkeletons(participantLabels);
  return new Map(
    labels.map((label): [string, SpeakerChoice] => {
      if (known.has(label)) return [label, { kind: 'participant', label }];
      if (header.has(label)) return [label, { kind: 'skip' }];
      const pseudonymOf = byPseudonym.get(label);
      if (pseudonymOf !== undefined) return [label, { kind: 'participant', label: pseudonymOf }];
      // A label that only looks like a participant's ("Bu Sarі") is offered as that participant, for the user to confirm.
      const lookalike = looks.lookalike(label);
      return [label, lookalike === undefined ? { kind: 'new', label } : { kind: 'participant', label: lookalike }];
    }),
  );
}
