/**
 * Which of Chromium's spell-check dictionaries to use for the study's language: Indonesian
 * ("id", or a regional "id-ID") for an Indonesian study, English for an English one,
 * among those the platform offers (session.availableSpellCheckerLanguages). On macOS the
 * system's own checker is used and follows the text's `lang`; nothing is set there.
 */
import type { Lang } from '../shared/model.ts';

const WANTED: Record<Lang, string[]> = { id: ['id', 'id-ID'], en: ['en-US', 'en-GB', 'en'] };

/** The dictionaries to set, or an empty list when the platform has none for the language. */
export function spellCheckerLanguages(lang: Lang, available: readonly string[]): string[] {
  const first = WANTED[lang].find((code) => available.includes(code));
  return first ? [first] : [];
}

/** The words to add to and remove from the spell checker's own dictionary so that it holds `next` of those the app added. */
export function dictionaryChanges(added: ReadonlySet<string>, next: readonly string[]): { add: string[]; remove: string[] } {
  const wanted = new Set(next);
  return { add: [...wanted].filter((w) => !added.has(w)), remove: [...added].filter((w) => !wanted.has(w)) };
}
