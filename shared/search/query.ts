/**
 * A search across a study's transcripts. A query is terms separated by spaces: a word
 * (`pembukuan`), a phrase in double quotes (`"kartu terblokir"`), or a prefix ending in `*`
 * (`salur*`). A turn is found when it holds every term; each place a term stands in it is a
 * hit. By default a word finds every form of it (its stem: mendampingi finds pendamping
 * and didampingi), a phrase every form of its words one after another ("kartu terblokir"
 * finds "kartunya terblokir"), and a prefix the start of a word or of its root (`salur*`
 * finds penyaluran); with `forms` off, only words as written (case aside).
 */
import type { Turn } from '../model.ts';
import { lowerForm, stemOf, wordsOf, type Word } from './words.ts';

export type Term = { kind: 'word'; form: string; stem: string } | { kind: 'phrase'; forms: string[]; stems: string[] } | { kind: 'prefix'; prefix: string };

export interface SearchOptions {
  /** Find the forms of a word (by its stem); on by default. */
  forms: boolean;
}

export interface Hit {
  turnId: string;
  start: number;
  end: number;
}

/** The terms of a query; an empty or wordless query has none. */
export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  for (const m of query.matchAll(/"([^"]*)"?|(\S+)/g)) {
    if (m[1] !== undefined) {
      const words = wordsOf(m[1]);
      const forms = words.map((w) => w.form);
      if (forms.length === 1) terms.push({ kind: 'word', form: forms[0]!, stem: stemOf(forms[0]!) });
      else if (forms.length > 1) terms.push({ kind: 'phrase', forms, stems: words.map((w) => w.stem) });
      continue;
    }
    const raw = m[2]!;
    if (raw.endsWith('*')) {
      const prefix = lowerForm(raw.replace(/\*+$/, ''));
      if (wordsOf(prefix).length > 0) terms.push({ kind: 'prefix', prefix });
      continue;
    }
    for (const w of wordsOf(raw)) terms.push({ kind: 'word', form: w.form, stem: w.stem });
  }
  return terms;
}

/** Whether the phrase's words stand one after another from word `i`: as written, or in any of their forms. */
function phraseAt(term: Extract<Term, { kind: 'phrase' }>, words: readonly Word[], i: number, forms: boolean): boolean {
  return forms ? term.stems.every((stem, k) => words[i + k]?.stem === stem) : term.forms.every((form, k) => words[i + k]?.form === form);
}

/** Where a term stands among a turn's words, as word index ranges [first, last]. */
function placesOf(term: Term, words: readonly Word[], options: SearchOptions): [number, number][] {
  const places: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (term.kind === 'word' && (options.forms ? w.stem === term.stem : w.form === term.form)) places.push([i, i]);
    else if (term.kind === 'prefix' && (w.form.startsWith(term.prefix) || (options.forms && w.stem.startsWith(term.prefix)))) places.push([i, i]);
    else if (term.kind === 'phrase' && phraseAt(term, words, i, options.forms)) places.push([i, i + term.forms.length - 1]);
  }
  return places;
}

/**
 * The words of each turn, kept while its text stays the same: a study is searched again
 * and again as the user types, and only the turns edited since are read again.
 */
export class TurnWords {
  private readonly cache = new Map<string, { text: string; words: Word[] }>();

  of(turn: Pick<Turn, 'id' | 'text'>): Word[] {
    const kept = this.cache.get(turn.id);
    if (kept && kept.text === turn.text) return kept.words;
    const words = wordsOf(turn.text);
    this.cache.set(turn.id, { text: turn.text, words });
    return words;
  }

  /** Forgets turns no longer in the study. */
  keepOnly(turnIds: ReadonlySet<string>): void {
    for (const id of this.cache.keys()) if (!turnIds.has(id)) this.cache.delete(id);
  }
}

/** Every hit of the query in the turns, turn by turn in the order given, in text order within a turn. */
export function searchTurns(turns: readonly Pick<Turn, 'id' | 'text'>[], terms: readonly Term[], options: SearchOptions, words: TurnWords = new TurnWords()): Hit[] {
  if (terms.length === 0) return [];
  const hits: Hit[] = [];
  for (const turn of turns) {
    const list = words.of(turn);
    const found: [number, number][] = [];
    let all = true;
    for (const term of terms) {
      const places = placesOf(term, list, options);
      if (places.length === 0) {
        all = false;
        break;
      }
      // One by one: a turn with a million places would overflow the stack as spread arguments.
      for (const place of places) found.push(place);
    }
    if (!all) continue;
    // Words two terms both find (a word inside a phrase found too) are one hit.
    let covered = -1;
    for (const [first, last] of found.sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
      if (first <= covered) continue;
      covered = last;
      hits.push({ turnId: turn.id, start: list[first]!.start, end: list[last]!.end });
    }
  }
  return hits;
}
