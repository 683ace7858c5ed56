/**
 * Word frequencies of a study, side by side for groups of what was said: by the speaker's
 * assistant type, site, session or speaker, or by the code or matrix cell of the coded
 * segments the words are in. Each group has its count of every word and its rate per 1,000
 * of the group's words (stopwords included, so rates compare across groups of any size).
 * The forms of a word count together under its stem (mendampingi, pendamping: one row,
 * named by its most frequent form) unless `forms` is off; stopwords and fillers are left out
 * unless the user keeps them.
 */
import { listCodes } from '../codebook.ts';
import { comparisonGroups, groupOf } from '../comparison.ts';
import type { Lang, Project, Study } from '../model.ts';
import { writeSheetCsv, type CsvKind } from '../formats/csv.ts';
import { effectiveAssistantType } from '../study.ts';
import { TurnWords } from './query.ts';
import { wordsOf } from './words.ts';
import { localeOf } from '../locale.ts';

export const FREQUENCY_GROUPS = ['assistant_type', 'site', 'affiliation', 'session', 'speaker', 'code', 'cell'] as const;
/** A built-in grouping, or `attribute:<name>` of the study's own (as the matrix compares). */
export type FrequencyGroupBy = (typeof FREQUENCY_GROUPS)[number] | `attribute:${string}`;

/** Every grouping a study's words can be counted by: the built-in ones, then its own attributes. */
export function frequencyGroupings(study: Pick<Study, 'attributes'>): FrequencyGroupBy[] {
  return [...FREQUENCY_GROUPS, ...study.attributes.map((name) => `attribute:${name}` as const)];
}

export interface FrequencyOptions {
  by: FrequencyGroupBy;
  /** Count the forms of a word together (by stem); on by default. */
  forms: boolean;
  /** Words left out; empty keeps every word. */
  stopwords: ReadonlySet<string>;
  lang: Lang;
}

export interface FrequencyGroup {
  key: string;
  label: string;
  /** Every word said in the group, stopwords included. */
  words: number;
}

export interface FrequencyRow {
  /** The word as shown: the most frequent form of its stem, or the form itself. */
  word: string;
  counts: number[];
  /** Per 1,000 words of each group. */
  rates: number[];
  total: number;
}

export interface FrequencyTable {
  groups: FrequencyGroup[];
  rows: FrequencyRow[];
}

const NONE = { id: '(tanpa)', en: '(none)' };

/** The texts of each group: turns by their speaker, or coded segments by their codes. */
function groupTexts(project: Project, by: FrequencyGroupBy, lang: Lang): { groups: Map<string, string>; texts: { group: string; turnId: string; text: string }[] } {
  const people = new Map(project.participants.map((p) => [p.id, p]));
  const turns = new Map(project.turns.map((t) => [t.id, t]));
  const groups = new Map<string, string>();
  const texts: { group: string; turnId: string; text: string }[] = [];
  const none = NONE[lang];
  if (by === 'code' || by === 'cell') {
    const types = new Map(project.study.assistantTypes.map((t) => [t.key, t.label]));
    for (const c of listCodes(project.study.codebook)) {
      if (by === 'code') groups.set(c.code, `${c.code} ${c.agenda.label[lang]}`);
      else for (const [key, label] of types) groups.set(`${c.code}|${key}`, `${c.code} · ${label}`);
    }
    for (const s of project.segments) {
      const turn = turns.get(s.turnId);
      const type = effectiveAssistantType(s, turn?.speakerId ? people.get(turn.speakerId) : undefined);
      for (const code of s.codes) {
        const group = by === 'code' ? code : `${code}|${type}`;
        if (groups.has(group)) texts.push({ group, turnId: '', text: s.text });
      }
    }
    return { groups, texts };
  }
  if (by === 'session') for (const s of project.sessions) groups.set(s.id, s.title);
  if (by === 'speaker') for (const p of [...project.participants].sort((a, b) => a.label.localeCompare(b.label, 'id'))) groups.set(p.id, p.label);
  // Assistant types, sites, affiliations and the study's own attributes: the matrix's columns, in its order.
  if (by !== 'session' && by !== 'speaker') for (const g of comparisonGroups(project, by)) groups.set(g.key, g.label);
  for (const turn of project.turns) {
    const speaker = turn.speakerId ? people.get(turn.speakerId) : undefined;
    const key = by === 'session' ? turn.sessionId : by === 'speaker' ? (speaker?.id ?? '') : (groupOf(by, { assistantType: null }, speaker) ?? '');
    if (!groups.has(key)) groups.set(key, key === '' ? none : key);
    texts.push({ group: key, turnId: turn.id, text: turn.text });
  }
  return { groups, texts };
}

/** The frequency table of the study's words, most frequent first. */
export function wordFrequencies(project: Project, options: FrequencyOptions, words: TurnWords = new TurnWords()): FrequencyTable {
  const { groups, texts } = groupTexts(project, options.by, options.lang);
  const keys = [...groups.keys()];
  const column = new Map(keys.map((k, i) => [k, i]));
  const totals = keys.map(() => 0);
  const counts = new Map<string, number[]>();
  const formCounts = new Map<string, Map<string, number>>();
  for (const { group, turnId, text } of texts) {
    const i = column.get(group)!;
    const list = turnId ? words.of({ id: turnId, text }) : wordsOf(text);
    totals[i]! += list.length;
    for (const w of list) {
      if (options.stopwords.has(w.form) || w.form.length < 2) continue;
      const key = options.forms ? w.stem : w.form;
      let row = counts.get(key);
      if (!row) counts.set(key, (row = keys.map(() => 0)));
      row[i]!++;
      if (options.forms) {
        const forms = formCounts.get(key) ?? new Map<string, number>();
        formCounts.set(key, forms);
        forms.set(w.form, (forms.get(w.form) ?? 0) + 1);
      }
    }
  }
  // Groups nobody said a word in are left out, so the table stays as wide as the data.
  const kept = keys.map((_, i) => i).filter((i) => totals[i]! > 0);
  const rows: FrequencyRow[] = [...counts].map(([key, row]) => {
    const forms = formCounts.get(key);
    const word = forms ? [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0] : key;
    const c = kept.map((i) => row[i]!);
    return { word, counts: c, rates: kept.map((i, j) => (c[j]! * 1000) / totals[i]!), total: c.reduce((a, b) => a + b, 0) };
  });
  rows.sort((a, b) => b.total - a.total || a.word.localeCompare(b.word, 'id'));
  return { groups: kept.map((i) => ({ key: keys[i]!, label: groups.get(keys[i]!)!, words: totals[i]! })), rows: rows.filter((r) => r.total > 0) };
}

/** A rate as the tables print it: one decimal. */
export const formatRate = (rate: number, lang: Lang) => rate.toLocaleString(localeOf(lang), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function frequencyHeader(table: FrequencyTable): string[] {
  return ['word', ...table.groups.flatMap((g) => [`${g.label} n`, `${g.label} per 1000`]), 'total'];
}

/** The rows of the table, rates to two decimals. */
export function frequencyRows(table: FrequencyTable): (string | number)[][] {
  return table.rows.map((r) => [r.word, ...r.counts.flatMap((n, i) => [n, Math.round(r.rates[i]! * 100) / 100]), r.total]);
}

export function frequenciesCsv(table: FrequencyTable, kind: CsvKind = 'standard'): string {
  return writeSheetCsv(frequencyHeader(table), frequencyRows(table), kind);
}
