/**
 * Asking the 40-FGD evaluation study (about 390,000 words, 20,000 segments) in Node, with
 * the shared code the Telusuri tab runs: a search the first time (every turn's words read
 * and stemmed) and afterwards (the words kept, as the tab keeps them), word frequencies by
 * assistant type, code co-occurrence by turn and by overlapping text, and the matrix
 * compared by site and by an attribute of the study's own.
 */
import { performance } from 'node:perf_hooks';
import { cooccurrence } from '../../shared/cooccurrence.ts';
import { buildMatrix } from '../../shared/matrix.ts';
import { wordFrequencies } from '../../shared/search/frequencies.ts';
import { searchStudy } from '../../shared/search/kwic.ts';
import { TurnWords } from '../../shared/search/query.ts';
import { stopwordsWith } from '../../shared/search/stopwords.ts';
import { evaluationStudy } from './evaluation-study.ts';

export interface AskFigures {
  words: number;
  firstSearchMs: number;
  /** Median over the queries below, the study's words already read. */
  searchMs: number;
  frequenciesFirstMs: number;
  frequenciesMs: number;
  cooccurrenceTurnMs: number;
  cooccurrenceOverlapMs: number;
  matrixBySiteMs: number;
  matrixByAttributeMs: number;
}

/** Words of the study's vocabulary (from the sample FGD), a phrase, a prefix, two words together. */
const QUERIES = ['pendampingan', '"bantuan sosial"', 'kelompok*', 'data verifikasi', 'mendampingi'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function askBench(): AskFigures {
  const project = evaluationStudy(40);
  const stopwords = stopwordsWith();
  // First queries, each on words not yet read: the median of three fresh starts.
  const firstSearchMs = median([0, 1, 2].map(() => time(() => searchStudy(project, QUERIES[0]!, { forms: true }, new TurnWords()))));
  const words = new TurnWords();
  searchStudy(project, QUERIES[0]!, { forms: true }, words);
  const searchMs = median(QUERIES.flatMap((q) => [0, 1, 2].map(() => time(() => searchStudy(project, q, { forms: true }, words)))));
  const frequenciesFirstMs = time(() => wordFrequencies(project, { by: 'assistant_type', forms: true, stopwords, lang: 'id' }, new TurnWords()));
  const frequenciesMs = median([0, 1, 2].map(() => time(() => wordFrequencies(project, { by: 'assistant_type', forms: true, stopwords, lang: 'id' }, words))));
  cooccurrence(project, { unit: 'turn', group: null });
  const cooccurrenceTurnMs = median([0, 1, 2].map(() => time(() => cooccurrence(project, { unit: 'turn', group: null }))));
  const cooccurrenceOverlapMs = median([0, 1, 2].map(() => time(() => cooccurrence(project, { unit: 'overlap', group: null }))));
  buildMatrix(project, 'site');
  const matrixBySiteMs = median([0, 1, 2].map(() => time(() => buildMatrix(project, 'site'))));
  const matrixByAttributeMs = median([0, 1, 2].map(() => time(() => buildMatrix(project, 'attribute:jenis kelamin'))));
  const wordCount = project.turns.reduce((n, t) => n + words.of(t).length, 0);
  return { words: wordCount, firstSearchMs, searchMs, frequenciesFirstMs, frequenciesMs, cooccurrenceTurnMs, cooccurrenceOverlapMs, matrixBySiteMs, matrixByAttributeMs };
}
