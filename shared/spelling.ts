/**
 * The words the spell checker takes as right in a study: the field's own terms (programmes,
 * offices, abbreviations an Indonesian dictionary does not have), the participants' names
 * and places as the study knows them, and the words its users added.
 */
import type { Project } from './model.ts';

/** Terms of Indonesian social-assistance work, in the forms they are written. */
export const FIELD_TERMS: readonly string[] = [
  'KPM',
  'PKH',
  'TKSK',
  'e-Warong',
  'eWarong',
  'KUBE',
  'BPNT',
  'BLT',
  'BLSM',
  'DTKS',
  'SIKS-NG',
  'SIKS',
  'Dinsos',
  'Kemensos',
  'Bulog',
  'Sembako',
  'PMKS',
  'PSKS',
  'Puskesos',
  'LKS',
  'Musdes',
  'Kades',
  'Pemda',
  'Kortek',
  'Korkab',
  'Korwil',
  'FGD',
  'KKS',
  'e-PKH',
  'Bansos',
  'Kabupaten',
];

/** The words of a name or place: letters (with marks), apostrophes and hyphens inside a word. */
function wordsOf(text: string): string[] {
  return text.match(/\p{L}[\p{L}\p{M}'’-]*\p{L}|\p{L}/gu) ?? [];
}

/** The study's words for the spell checker, each once, in a stable order. */
export function studyWords(project: Pick<Project, 'study' | 'participants'>): string[] {
  const people = project.participants.flatMap((p) => [p.label, p.realName, p.site, p.affiliation].flatMap((text) => wordsOf(text ?? '')));
  const words = [...FIELD_TERMS, ...people, ...project.study.dictionary].filter((w) => w.length > 1);
  return [...new Set(words)];
}

/** The dictionary after adding a word: trimmed, once, in the order added; null when it is no word. */
export function withWord(dictionary: readonly string[], word: string): string[] | null {
  const clean = word.trim();
  if (clean === '' || clean.length > 100 || /\s/.test(clean)) return null;
  return dictionary.includes(clean) ? [...dictionary] : [...dictionary, clean];
}
