/**
 * Mapping the speaker labels of an imported transcript to the study's participants: each
 * label can become an existing participant, a new one, or be merged with another label,
 * by naming the label it should be. The CLI reads the map from a CSV (`from,to`).
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

/** What the user chose for one label in the mapping step. */
export type SpeakerChoice =
  | { kind: 'participant'; label: string }
  | { kind: 'new'; label: string }
  | { kind: 'merge'; into: string };

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
export function defaultChoices(labels: readonly string[], participants: readonly { label: string; pseudonym: string }[]): Map<string, SpeakerChoice> {
  const participantLabels = participants.map((p) => p.label);
  const known = new Set(participantLabels);
  const byPseudonym = new Map(participants.filter((p) => p.pseudonym !== '').map((p) => [p.pseudonym, p.label]));
  const looks = new NameSkeletons(participantLabels);
  return new Map(
    labels.map((label): [string, SpeakerChoice] => {
      if (known.has(label)) return [label, { kind: 'participant', label }];
      const pseudonymOf = byPseudonym.get(label);
      if (pseudonymOf !== undefined) return [label, { kind: 'participant', label: pseudonymOf }];
      // A label that only looks like a participant's ("Bu Sarі") is offered as that participant, for the user to confirm.
      const lookalike = looks.lookalike(label);
      return [label, lookalike === undefined ? { kind: 'new', label } : { kind: 'participant', label: lookalike }];
    }),
  );
}
