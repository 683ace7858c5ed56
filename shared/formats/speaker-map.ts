/**
 * Mapping the speaker labels of an imported transcript to the study's participants: each
 * label can become an existing participant, a new one, or be merged with another label,
 * by naming the label it should be. The CLI reads the map from a CSV (`from,to`).
 */
import { readCsv } from './csv.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';
import type { TranscriptTurn } from './transcript-txt.ts';

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
