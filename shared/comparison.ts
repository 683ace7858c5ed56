/**
 * What the matrix compares: its columns. By default the study's assistant types (the
 * published tables: Pendamping PKH | TKSK), or the values of a participant attribute: site
 * (kabupaten/kota), affiliation, or one of the study's own attributes ("jenis kelamin").
 * A segment counts for the column of its speaker's value; by assistant type it may name
 * its type itself. A segment whose speaker has no value counts for no column.
 */
import { attributeValue } from './attributes.ts';
import type { Lang, Participant, Project, Segment, Study } from './model.ts';
import { effectiveAssistantType } from './study.ts';

/** `assistant_type`, `site`, `affiliation`, or `attribute:<name>` of the study's own. */
export type CompareBy = string;
export const BY_ASSISTANT_TYPE: CompareBy = 'assistant_type';

export interface ComparisonGroup {
  key: string;
  label: string;
}

const BUILT_IN = { site: { id: 'Lokasi', en: 'Site' }, affiliation: { id: 'Afiliasi', en: 'Affiliation' } } as const;

/** Everything the matrix can compare, with its name: assistant type, site, affiliation, then the study's own attributes. */
export function comparisonChoices(study: Pick<Study, 'attributes'>, lang: Lang): { by: CompareBy; label: string }[] {
  return [
    { by: BY_ASSISTANT_TYPE, label: lang === 'id' ? 'Jenis pendamping' : 'Assistant type' },
    { by: 'site', label: BUILT_IN.site[lang] },
    { by: 'affiliation', label: BUILT_IN.affiliation[lang] },
    ...study.attributes.map((name) => ({ by: `attribute:${name}`, label: name })),
  ];
}

/** A participant's value of what is compared, '' when none. */
function valueOf(by: CompareBy, speaker: Participant | undefined): string {
  if (by === 'site') return speaker?.site ?? '';
  if (by === 'affiliation') return speaker?.affiliation ?? '';
  if (by.startsWith('attribute:')) return attributeValue(speaker, by.slice('attribute:'.length));
  return speaker?.assistantType ?? '';
}

/** The column a segment counts for, or null when it counts for none. */
export function groupOf(by: CompareBy, segment: Pick<Segment, 'assistantType'>, speaker: Participant | undefined): string | null {
  if (by === BY_ASSISTANT_TYPE) return effectiveAssistantType(segment, speaker);
  return valueOf(by, speaker) || null;
}

/** The matrix's columns: the study's assistant types in its order, or the values participants have, in alphabetical order. */
export function comparisonGroups(project: Pick<Project, 'study' | 'participants'>, by: CompareBy): ComparisonGroup[] {
  if (by === BY_ASSISTANT_TYPE) return project.study.assistantTypes.map((t) => ({ key: t.key, label: t.label }));
  const values = new Set(project.participants.map((p) => valueOf(by, p)).filter((v) => v !== ''));
  return [...values].sort((a, b) => a.localeCompare(b, 'id')).map((v) => ({ key: v, label: v }));
}

/** A comparison the study still has: an attribute removed since falls back to assistant types. */
export function knownComparison(study: Pick<Study, 'attributes'>, by: CompareBy): CompareBy {
  return comparisonChoices(study, 'id').some((c) => c.by === by) ? by : BY_ASSISTANT_TYPE;
}
