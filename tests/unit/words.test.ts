import { describe, expect, it } from 'vitest';
import { alignWords, rangeOfWord, splitWords, unsureRanges, wordAt, wordAtOffset, type TimedWord } from '../../shared/words.ts';

/** Words one after another, 0.4 s each from `start`, with the given certainties. */
const timed = (text: string, start = 10, p: (number | undefined)[] = []): TimedWord[] =>
  text.split(' ').map((w, i) => ({ text: w, start: start + i * 0.4, end: start + i * 0.4 + 0.35, ...(p[i] === undefined ? {} : { p: p[i] }) }));
const shown = (text: string, ranges: ({ from: number; to: number } | null)[]) => ranges.map((r) => (r ? text.slice(r.from, r.to) : null));

describe('the words of a draft found in its text', () => {
  const words = timed('Dana PKH cair di desa kami.');

  it('are where they were while the text is as heard', () => {
    const text = 'Dana PKH cair di desa kami.';
    expect(shown(text, alignWords(text, words))).toEqual(['Dana', 'PKH', 'cair', 'di', 'desa', 'kami']);
  });

  it('are found again after the text is corrected around them, a corrected word missing', () => {
    const text = 'Dana PKH sudah cair di Desa Sukamaju, kata kami.';
    // "desa" is still a word ("Desa"); "kami." lost its full stop but is found; "di" is not taken from inside another word.
    expect(shown(text, alignWords(text, words))).toEqual(['Dana', 'PKH', 'cair', 'di', 'Desa', 'kami']);
    const fixed = 'Dana BPNT cair di desa kami.';
    const ranges = alignWords(fixed, words);
    expect(shown(fixed, ranges)).toEqual(['Dana', null, 'cair', 'di', 'desa', 'kami']);
    // The corrected word is what stands between the words around it.
    expect(fixed.slice(rangeOfWord(fixed, ranges, 1)!.from, rangeOfWord(fixed, ranges, 1)!.to)).toBe('BPNT');
  });

  it('never take a short word from inside a longer one', () => {
    const text = 'Pendidikan anak.';
    expect(alignWords(text, timed('di anak.'))).toEqual([null, { from: 11, to: 15 }]);
  });

  it('tell the word being spoken at a time, and none before or well after the words', () => {
    expect(wordAt(words, 10.5)).toBe(1);
    expect(wordAt(words, 10)).toBe(0);
    expect(wordAt(words, 9.9)).toBeNull();
    expect(wordAt(words, 12.3)).toBe(5);
    expect(wordAt(words, 13)).toBeNull();
  });

  it('tell the word at a place in the text, for playing from it', () => {
    const text = 'Dana BPNT cair di desa kami.';
    expect(wordAtOffset(text, words, 6)).toBe(1);
    expect(wordAtOffset(text, words, 10)).toBe(2);
    expect(wordAtOffset(text, words, 0)).toBe(0);
  });

  it('mark the words the recogniser was unsure of', () => {
    const text = 'Dana PKH cair di desa kami.';
    const unsure = timed('Dana PKH cair di desa kami.', 10, [0.9, 0.31, 0.8, undefined, 0.49, 0.95]);
    expect(unsureRanges(text, unsure).map((r) => text.slice(r.from, r.to))).toEqual(['PKH', 'desa']);
  });

  it('split with the turn: the words before the caret stay, the rest go to the new turn', () => {
    const text = 'Dana PKH cair di desa kami.';
    const [first, second] = splitWords(text, words, 14);
    expect(first.map((w) => w.text)).toEqual(['Dana', 'PKH', 'cair']);
    expect(second.map((w) => w.text)).toEqual(['di', 'desa', 'kami.']);
  });
});
