/**
 * The words of a text as search, frequencies and keyword-in-context see them: each word
 * with where it stands in the text (UTF-16 offsets, as segments count), its form in lower
 * case, and its stem. A word is letters and digits, with a hyphen or apostrophe inside it
 * (e-Warong, anak-anak, Qur'an). Stems come from the Snowball Indonesian stemmer (Tala's
 * algorithm, no dictionary) as @nlpjs/lang-id ships it, so mendampingi, pendamping,
 * pendampingan and didampingi all stem to "damping"; a doubled word (anak-anak,
 * bantuan-bantuan) stems as its half. Stems are remembered per form: a study repeats a few
 * thousand forms hundreds of thousands of times.
 */
import IndonesianStemmer from '@nlpjs/lang-id/src/indonesian-stemmer.js';

export interface Word {
  start: number;
  end: number;
  /** Lower case. */
  form: string;
  stem: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

const stemmer = new IndonesianStemmer();
const stems = new Map<string, string>();

/** The stem of a word's lower-case form. */
export function stemOf(form: string): string {
  let stem = stems.get(form);
  if (stem === undefined) {
    const halves = form.split('-');
    const doubled = halves.length === 2 && halves[0] === halves[1];
    // Only words of letters are stemmed: numbers, and names such as e-warong, stay as they are.
    stem = doubled ? stemOf(halves[0]!) : /^\p{L}+$/u.test(form) ? stemmer.stemWord(form) : form;
    stems.set(form, stem);
  }
  return stem;
}

export function lowerForm(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('id').replace(/’/g, "'");
}

/** The words of a text in order. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const form = lowerForm(m[0]);
    words.push({ start: m.index, end: m.index + m[0].length, form, stem: stemOf(form) });
  }
  return words;
}
