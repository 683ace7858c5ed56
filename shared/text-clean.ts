/**
 * Text as it enters Telaah from a file, made safe to compare and to show: Unicode NFC
 * (so "é" typed two ways is one letter), and without the invisible characters that make
 * two equal-looking words differ or reorder what is shown: zero-width spaces and joiners
 * used as spaces, word joiners, stray byte-order marks and bidirectional controls.
 * Zero-width (non-)joiners stay: scripts and emoji need them. Names (participant labels,
 * speakers) are one line of sane length, and one that only looks like another (a Cyrillic
 * "і" in "Bu Sarі") is caught by its skeleton.
 */

const INVISIBLE = /[\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * Characters no text file may hold: control characters other than tab and line breaks,
 * lone surrogates, and the noncharacters U+FFFE and U+FFFF. XML (so .docx, .xlsx and .qdpx)
 * cannot carry them at all; a file that had them would not open again.
 */
const FORBIDDEN = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

/** Text without the characters no text file may hold (see FORBIDDEN): what every writer of XML puts out. */
export function withoutForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** Noncharacters and lone surrogates: never meant as text. (Control characters are left for the name rules to refuse, saying so.) */
const NOT_TEXT = /\p{Cs}|[\uFFFE\uFFFF]/gu;

/** The text with each lone surrogate as U+FFFD: what UTF-8 (so every file and every network message) carries of it. */
export function wellFormed(text: string): string {
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}

export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(NOT_TEXT, '');
}

export const MAX_NAME_LENGTH = 200;

/** A one-line name as it is kept: cleaned, its spaces folded to one. */
export function cleanName(name: string): string {
  return cleanText(name).replace(/[ \u00A0]+/g, ' ').trim();
}

/** Why a label (a code's, a coder's) is not one sane line, or null when it is. */
export function lineProblem(name: string): 'lineBreak' | 'control' | 'tooLong' | null {
  if (/[\n\r\u2028\u2029]/.test(name)) return 'lineBreak';
  // C0 and C1 control characters: tabs, escapes and the like.
  if (/\p{Cc}/u.test(name)) return 'control';
  if (name.length > MAX_NAME_LENGTH) return 'tooLong';
  return null;
}

/** Why a person's name (a participant's label, a speaker) cannot be taken: a label's rules, and no colon, which ends a speaker's name in a transcript. */
export function nameProblem(name: string): 'lineBreak' | 'control' | 'colon' | 'tooLong' | null {
  return lineProblem(name) ?? (name.includes(':') ? 'colon' : null);
}

/**
 * A name mended to meet the rules (`person`: `nameProblem`'s, else `lineProblem`'s): line
 * breaks and control characters become spaces, a person's colon a dash, and the name is
 * cut to MAX_NAME_LENGTH. What a stored study holds that no importer would take is mended
 * this way rather than refusing the study.
 */
export function mendedName(name: string, kind: 'person' | 'label'): string {
  const one = name.replace(/[\n\r\u2028\u2029\p{Cc}]+/gu, ' ');
  return cleanName(kind === 'person' ? one.replace(/:/g, '-') : one).slice(0, MAX_NAME_LENGTH).trim();
}

/** Letters of other scripts that look like Latin ones, as they are used to fake a name. */
const LOOKALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  α: 'a', β: 'b', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ı: 'i', ℓ: 'l',
};

/** A name reduced to what it looks like: compatibility forms, case, accents, look-alike letters and spacing folded. */
export function nameSkeleton(name: string): string {
  return cleanText(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/./gu, (c) => LOOKALIKES[c] ?? c)
    .replace(/[\s\u200C\u200D]+/g, ' ')
    .trim();
}

/**
 * Names already known, by what they look like: `lookalike(name)` is the known name that
 * looks the same as `name` but is written differently, if there is one.
 */
export class NameSkeletons {
  private bySkeleton = new Map<string, string>();

  constructor(names: Iterable<string> = []) {
    for (const name of names) this.add(name);
  }

  add(name: string): void {
    const skeleton = nameSkeleton(name);
    if (!this.bySkeleton.has(skeleton)) this.bySkeleton.set(skeleton, name);
  }

  lookalike(name: string): string | undefined {
    const known = this.bySkeleton.get(nameSkeleton(name));
    return known === undefined || known === name ? undefined : known;
  }
}
