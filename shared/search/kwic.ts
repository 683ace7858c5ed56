/**
 * A study searched as keyword-in-context lines: each hit with the words before and after it
 * in its turn, and where it was said (session, time, speaker, the speaker's assistant type
 * and site), in transcript order; filtered as the segments view is, and written as CSV.
 */
import type { Project, Turn } from '../model.ts';
import { writeSheetCsv, type CsvKind } from '../formats/csv.ts';
import { formatTime } from '../formats/timestamp.ts';
import { UNATTRIBUTED } from '../segments-view.ts';
import { parseQuery, searchTurns, TurnWords, type Hit, type SearchOptions } from './query.ts';

export interface KwicLine extends Hit {
  sessionId: string;
  session: string;
  timestamp: number | null;
  speakerId: string | null;
  speaker: string;
  /** The speaker's assistant type; null for the moderator, officials, or no speaker. */
  assistantType: string | null;
  site: string;
  left: string;
  keyword: string;
  right: string;
}

export interface KwicFilter {
  sessionId: string;
  /** A type key, `''` for any, `'-'` for speakers without one. */
  assistantType: string;
  site: string;
  speakerId: string;
}

export const ANY_HIT: KwicFilter = { sessionId: '', assistantType: '', site: '', speakerId: '' };

/** How many characters of context each side of a hit. */
const CONTEXT = 70;

/** The words just before `at`, cut at a word's start, with "…" when the turn goes on. */
function before(text: string, at: number): string {
  if (at <= CONTEXT) return text.slice(0, at);
  const cut = text.slice(at - CONTEXT, at);
  return `…${cut.slice(cut.search(/\s/) + 1)}`;
}

function after(text: string, at: number): string {
  if (text.length - at <= CONTEXT) return text.slice(at);
  const cut = text.slice(at, at + CONTEXT);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** The study's turns in transcript order: session by session, turn by turn. */
export function turnsInOrder(project: Pick<Project, 'sessions' | 'turns'>): Turn[] {
  const rank = new Map(project.sessions.map((s, i) => [s.id, i]));
  return [...project.turns].sort((a, b) => (rank.get(a.sessionId) ?? 0) - (rank.get(b.sessionId) ?? 0) || a.order - b.order);
}

/** Every hit of `query` in the study, as keyword-in-context lines. */
export function searchStudy(project: Project, query: string, options: SearchOptions, words: TurnWords = new TurnWords()): KwicLine[] {
  const turns = turnsInOrder(project);
  const hits = searchTurns(turns, parseQuery(query), options, words);
  const byId = new Map(turns.map((t) => [t.id, t]));
  const sessions = new Map(project.sessions.map((s) => [s.id, s.title]));
  const people = new Map(project.participants.map((p) => [p.id, p]));
  return hits.map((hit) => {
    const turn = byId.get(hit.turnId)!;
    const speaker = turn.speakerId ? people.get(turn.speakerId) : undefined;
    return {
      ...hit,
      sessionId: turn.sessionId,
      session: sessions.get(turn.sessionId) ?? '',
      timestamp: turn.timestamp,
      speakerId: speaker?.id ?? null,
      speaker: speaker?.label ?? '',
      assistantType: speaker?.assistantType ?? null,
      site: speaker?.site ?? '',
      left: before(turn.text, hit.start),
      keyword: turn.text.slice(hit.start, hit.end),
      right: after(turn.text, hit.end),
    };
  });
}

export function filterKwic(lines: readonly KwicLine[], filter: KwicFilter): KwicLine[] {
  return lines.filter(
    (l) =>
      (filter.sessionId === '' || l.sessionId === filter.sessionId) &&
      (filter.assistantType === '' || (filter.assistantType === UNATTRIBUTED ? l.assistantType === null : l.assistantType === filter.assistantType)) &&
      (filter.site === '' || l.site === filter.site) &&
      (filter.speakerId === '' || l.speakerId === filter.speakerId),
  );
}

export const KWIC_COLUMNS = ['session', 'time', 'speaker', 'assistant_type', 'site', 'left', 'keyword', 'right'] as const;

export function kwicRows(lines: readonly KwicLine[]): string[][] {
  return lines.map((l) => [l.session, l.timestamp === null ? '' : formatTime(l.timestamp), l.speaker, l.assistantType ?? '', l.site, l.left, l.keyword, l.right]);
}

export function kwicCsv(lines: readonly KwicLine[], kind: CsvKind = 'standard'): string {
  return writeSheetCsv(KWIC_COLUMNS, kwicRows(lines), kind);
}
