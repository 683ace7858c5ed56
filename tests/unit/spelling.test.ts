import { describe, expect, it } from 'vitest';
import { FIELD_TERMS, studyWords, withWord } from '../../shared/spelling.ts';
import { studyWithTranscript } from './sample-project.ts';

describe('the study’s words for the spell checker', () => {
  it('are the field’s terms, the words of the participants’ names, sites and affiliations, and the study’s own, each once', () => {
    const project = studyWithTranscript();
    project.study.dictionary = ['Mekarsari', 'KPM'];
    const words = studyWords(project);
    expect(words.slice(0, FIELD_TERMS.length)).toEqual([...FIELD_TERMS]);
    expect(words).toEqual(expect.arrayContaining(['Sari', 'Dedi', 'Hendra', 'Sukamaju', 'Mekarsari']));
    expect(new Set(words).size).toBe(words.length);
    // One-letter pieces of names are no words to teach a spell checker.
    expect(words.every((w) => w.length > 1)).toBe(true);
  });

  it('keep a name’s apostrophes and hyphens inside the word', () => {
    const project = studyWithTranscript();
    project.participants[0]!.label = "Bu Ma'rifah Nur-Aini";
    expect(studyWords(project)).toEqual(expect.arrayContaining(["Ma'rifah", 'Nur-Aini']));
  });
});

describe('adding a word to the study’s dictionary', () => {
  it('adds it trimmed, once, at the end', () => {
    expect(withWord(['Sukamaju'], '  Mekarsari ')).toEqual(['Sukamaju', 'Mekarsari']);
    expect(withWord(['Sukamaju'], 'Sukamaju')).toEqual(['Sukamaju']);
  });

  it('refuses what is not one word', () => {
    for (const bad of ['', '   ', 'dua kata', 'baris\nbaru', 'x'.repeat(101)]) expect(withWord([], bad), JSON.stringify(bad)).toBeNull();
  });
});
