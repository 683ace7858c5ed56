/**
 * Every memo of a study in one list: what the researcher wrote about the sessions, the codes
 * (working definitions), the coded segments and the matrix cells (summaries), each with the
 * place it belongs to; filtered by kind and words, and written as CSV.
 */
import { findCode, listCodes } from './codebook.ts';
import { writeSheetCsv, type CsvKind } from './formats/csv.ts';
import type { Lang, Project } from './model.ts';
import { inTranscriptOrder } from './segments-view.ts';

export type MemoKind = 'session' | 'code' | 'segment' | 'summary';
export const MEMO_KINDS: readonly MemoKind[] = ['session', 'code', 'segment', 'summary'];

export interface MemoEntry {
  kind: MemoKind;
  /** Where the memo belongs, as a reader names it: a session's title, a code with its label, a cell. */
  place: string;
  text: string;
  code: string;
  sessionId: string;
  /** For a segment's memo: its turn, its words and who said them. */
  turnId: string;
  quote: string;
  speaker: string;
  /** For a summary: its assistant type's key. */
  assistantType: string;
}

const EMPTY = { code: '', sessionId: '', turnId: '', quote: '', speaker: '', assistantType: '' };

/** The study's memos: sessions in order, codes in codebook order, segments in transcript order, cell summaries by code. */
export function allMemos(project: Project, lang: Lang): MemoEntry[] {
  const { codebook } = project.study;
  const label = (code: string) => {
    const c = findCode(codebook, code);
    return c ? `${c.code} ${c.role.name[lang]} · ${c.agenda.label[lang]}` : code;
  };
  const sessions = new Map(project.sessions.map((s) => [s.id, s.title]));
  const people = new Map(project.participants.map((p) => [p.id, p.label]));
  const speakerOf = new Map(project.turns.map((t) => [t.id, t.speakerId ? (people.get(t.speakerId) ?? '') : '']));
  const types = new Map(project.study.assistantTypes.map((t) => [t.key, t.label]));
  const rank = new Map(listCodes(codebook).map((c, i) => [c.code, i]));
  return [
    ...project.sessions.filter((s) => s.memo.trim() !== '').map((s): MemoEntry => ({ ...EMPTY, kind: 'session', place: s.title, text: s.memo, sessionId: s.id })),
    ...codebook.memos.filter((m) => m.text.trim() !== '').map((m): MemoEntry => ({ ...EMPTY, kind: 'code', place: label(m.code), text: m.text, code: m.code })),
    ...inTranscriptOrder(project, project.segments)
      .filter((s) => s.memo.trim() !== '')
      .map((s): MemoEntry => ({ ...EMPTY, kind: 'segment', place: `${s.codes.join(', ')} · ${sessions.get(s.sessionId) ?? ''}`, text: s.memo, code: s.codes[0] ?? '', sessionId: s.sessionId, turnId: s.turnId, quote: s.text, speaker: speakerOf.get(s.turnId) ?? '' })),
    ...[...project.summaries]
      .filter((s) => s.text.trim() !== '')
      .sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0))
      .map((s): MemoEntry => ({ ...EMPTY, kind: 'summary', place: `${label(s.code)} · ${types.get(s.assistantType) ?? s.assistantType}`, text: s.text, code: s.code, assistantType: s.assistantType })),
  ];
}

export interface MemoFilter {
  /** '' for every kind. */
  kind: MemoKind | '';
  /** Words of the memo, its place, its quote or its speaker. */
  text: string;
}

export function filterMemos(entries: readonly MemoEntry[], filter: MemoFilter): MemoEntry[] {
  const words = filter.text.toLocaleLowerCase('id').split(/\s+/).filter((w) => w !== '');
  return entries.filter((e) => (filter.kind === '' || e.kind === filter.kind) && words.every((w) => `${e.place} ${e.text} ${e.quote} ${e.speaker}`.toLocaleLowerCase('id').includes(w)));
}

export const MEMO_COLUMNS = ['kind', 'place', 'code', 'speaker', 'quote', 'memo'] as const;

export function memoRows(entries: readonly MemoEntry[]): string[][] {
  return entries.map((e) => [e.kind, e.place, e.code, e.speaker, e.quote, e.text]);
}

export function memosCsv(entries: readonly MemoEntry[], kind: CsvKind = 'standard'): string {
  return writeSheetCsv(MEMO_COLUMNS, memoRows(entries), kind);
}
