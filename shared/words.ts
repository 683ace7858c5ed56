/**
 * The words of an automatic draft with their times (and, when the recogniser gives it, how
 * sure it was of each): kept on the turn as the recogniser heard them, and found again in
 * the turn's text as the transcriber corrects it. A word corrected beyond recognition is
 * not found; its time still tells where in the text the recording is (between the words
 * around it). Finding them again, rather than keeping offsets, leaves every edit of the
 * text as it is.
 */

export interface TimedWord {
  text: string;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  /** How sure the recogniser was, 0–1, when it says. */
  p?: number;
}

export interface WordRange {
  from: number;
  to: number;
}

/** Below this a word is marked for the transcriber to listen to again. */
export const UNSURE_BELOW = 0.5;

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** How far past the last word found the next one is looked for, in characters. */
const REACH = 200;

const core = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

function findWord(text: string, lower: string, wanted: string, from: number): WordRange | null {
  if (wanted === '') return null;
  const limit = Math.min(text.length, from + REACH + wanted.length);
  for (let at = lower.indexOf(wanted, from); at >= 0 && at + wanted.length <= limit; at = lower.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    const bounded = (at === 0 || !WORD_CHAR.test(text[at - 1]!)) && (end === text.length || !WORD_CHAR.test(text[end]!));
    if (bounded) return { from: at, to: end };
  }
  return null;
}

/** Where each word is in `text` (its letters and digits, as a whole word, in order), or null where it is no longer there. */
export function alignWords(text: string, words: readonly TimedWord[]): (WordRange | null)[] {
  const lower = text.toLocaleLowerCase();
  let position = 0;
  return words.map((w) => {
    const found = findWord(text, lower, core(w.text).toLocaleLowerCase(), position);
    if (found) position = found.to;
    return found;
  });
}

/** The word being spoken at `seconds`: the last to start by then, while the recording is still within the words; null outside them. */
export function wordAt(words: readonly TimedWord[], seconds: number): number | null {
  if (words.length === 0 || seconds < words[0]!.start || seconds > words[words.length - 1]!.end + 0.5) return null;
  let low = 0;
  let high = words.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (words[mid]!.start <= seconds) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The text to show for word `index`: where it is found, or, for a word corrected away,
 * the text between the words found around it (what the transcriber wrote in its place).
 */
export function rangeOfWord(text: string, ranges: readonly (WordRange | null)[], index: number): WordRange | null {
  const found = ranges[index];
  if (found) return found;
  let from = ranges.slice(0, index).findLast((r) => r !== null)?.to ?? 0;
  let to = ranges.slice(index + 1).find((r) => r !== null)?.from ?? text.length;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return from < to ? { from, to } : null;
}

/** The word at a place in the text (the one found there, or the one whose gap it is in), for playing from it. */
export function wordAtOffset(text: string, words: readonly TimedWord[], offset: number): number | null {
  const ranges = alignWords(text, words);
  for (let i = 0; i < words.length; i++) {
    const r = rangeOfWord(text, ranges, i);
    if (r && offset >= r.from && offset <= r.to) return i;
  }
  return null;
}

/** The words the recogniser was unsure of, where they are in the text. */
export function unsureRanges(text: string, words: readonly TimedWord[]): WordRange[] {
  const ranges = alignWords(text, words);
  return words.flatMap((w, i) => (w.p !== undefined && w.p < UNSURE_BELOW && ranges[i] ? [ranges[i]!] : []));
}

/** The words of a turn split at `offset`: those found (or, if not found, timed) before it, and the rest. */
export function splitWords(text: string, words: readonly TimedWord[], offset: number): [TimedWord[], TimedWord[]] {
  const ranges = alignWords(text, words);
  let cut = 0;
  ranges.forEach((r, i) => {
    if (r && r.from < offset) cut = i + 1;
  });
  return [words.slice(0, cut), words.slice(cut)];
}
