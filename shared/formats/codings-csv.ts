/**
 * Codings CSV: `session,speaker,assistant_type,code,text,memo` plus optional
 * `start,end,coder`. Each row codes the exact `text` inside a turn of `speaker` in
 * `session` (white space folded); `start,end`, when given, are UTF-16 offsets in that
 * turn. Rows with the same span make one segment with several codes, and a span that is
 * already coded gains the new codes, so importing the same file twice changes nothing.
 */
import { findCode } from '../codebook.ts';
import type { Project, Segment, Turn } from '../model.ts';
import { newId } from '../model.ts';
import { isAssistantType } from '../study.ts';
import { collapseSpaces, findInFolded, foldSpaces, type FoldedText } from '../text-match.ts';
import { findSession, sessionTurns } from '../transcript.ts';
import { inTranscriptOrder } from '../segments-view.ts';
import { readCsv, writeCsv } from './csv.ts';
import { ImportError } from './import-error.ts';
import { reason, type Reason } from './reasons.ts';

export const CODING_COLUMNS = ['session', 'speaker', 'assistant_type', 'code', 'text', 'memo', 'start', 'end', 'coder'] as const;

interface Located {
  turn: Turn;
  start: number;
  end: number;
}

function locate(turns: Turn[], folded: (turn: Turn) => FoldedText, text: string, startField: string, endField: string, fail: (why: Reason) => never): Located {
  if (startField !== '' || endField !== '') {
    const start = Number(startField);
    const end = Number(endField);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
      fail(reason('coding.badOffsets', { start: startField, end: endField }));
    }
    const turn = turns.find((t) => end <= t.text.length && collapseSpaces(t.text.slice(start, end)) === collapseSpaces(text));
    if (!turn) fail(reason('coding.notAtOffsets', { start, end }));
    return { turn, start, end };
  }
  for (const turn of turns) {
    const span = findInFolded(folded(turn), text);
    if (span) return { turn, ...span };
  }
  fail(reason('coding.textNotFound', { text: collapseSpaces(text).slice(0, 60) }));
}

export function importCodings(project: Project, csv: string, file: string, now = new Date()): Project {
  const rows = readCsv(csv, file, {
    required: ['session', 'speaker', 'assistant_type', 'code', 'text', 'memo'],
    // A list exported from the segments view carries site and session date; they are the study's already.
    optional: ['start', 'end', 'coder', ...SEGMENT_LIST_COLUMNS],
  });
  const segments = project.segments.map((s) => ({ ...s, codes: [...s.codes] }));
  const bySpan = new Map(segments.map((s) => [`${s.turnId}|${s.start}|${s.end}`, s]));
  const typeSetOnLine = new Map<Segment, number>();
  // Each speaker's turns and each turn's folded text are worked out once, not per row.
  const turnsOf = new Map<string, Turn[]>();
  const speakerTurns = (sessionId: string, speakerId: string) => {
    const key = `${sessionId}|${speakerId}`;
    let list = turnsOf.get(key);
    if (!list) turnsOf.set(key, (list = sessionTurns(project, sessionId).filter((t) => t.speakerId === speakerId)));
    return list;
  };
  const foldedTurns = new Map<string, FoldedText>();
  const folded = (turn: Turn) => {
    let f = foldedTurns.get(turn.id);
    if (!f) foldedTurns.set(turn.id, (f = foldSpaces(turn.text)));
    return f;
  };
  for (const { line, values } of rows) {
    const fail = (why: Reason): never => {
      throw new ImportError(file, line, why);
    };
    const v = (k: string) => (values[k] ?? '').trim();
    const session = findSession(project, v('session')) ?? fail(reason('coding.unknownSession', { session: v('session') }));
    const speaker = project.participants.find((p) => p.label === v('speaker')) ?? fail(reason('coding.unknownSpeaker', { speaker: v('speaker') }));
    const code = findCode(project.study.codebook, v('code')) ?? fail(reason('unknownCode', { code: v('code') }));
    const type = v('assistant_type');
    if (type !== '' && !isAssistantType(project.study, type)) fail(reason('unknownType', { type }));
    if (v('text') === '') fail(reason('coding.emptyText'));
    const turns = speakerTurns(session.id, speaker.id);
    if (turns.length === 0) fail(reason('coding.speakerSilent', { speaker: speaker.label, session: session.title }));
    const at = locate(turns, folded, values.text ?? '', v('start'), v('end'), fail);

    const spanKey = `${at.turn.id}|${at.start}|${at.end}`;
    let segment = bySpan.get(spanKey);
    if (!segment) {
      segment = {
        id: newId(),
        sessionId: session.id,
        turnId: at.turn.id,
        start: at.start,
        end: at.end,
        text: at.turn.text.slice(at.start, at.end),
        codes: [],
        assistantType: null,
        coder: v('coder'),
        memo: '',
        createdAt: now.toISOString(),
      };
      segments.push(segment);
      bySpan.set(spanKey, segment);
    }
    if (!segment.codes.includes(code.code)) segment.codes.push(code.code);
    if (type !== '') {
      const earlier = typeSetOnLine.get(segment);
      if (earlier !== undefined && segment.assistantType !== type) {
        fail(reason('coding.typeContradicts', { type, other: segment.assistantType ?? '', line: earlier }));
      }
      segment.assistantType = type;
      typeSetOnLine.set(segment, line);
    }
    if (segment.memo === '' && v('memo') !== '') segment.memo = values.memo ?? '';
  }
  return { ...project, segments };
}

/** One row per segment and code, in transcript order; `assistant_type` only where set explicitly. */
/** Codings CSV of some segments (all by default), one row per code, in transcript order. */
export function exportCodings(project: Project, segments: readonly Segment[] = project.segments): string {
  return writeCsv([[...CODING_COLUMNS], ...codingRows(project, segments).map((r) => r.row)]);
}

/**
 * The segments view's export: the codings CSV columns plus the speaker's `site` and the
 * session's `session_date`, which the codings import accepts and ignores.
 */
export function exportSegmentList(project: Project, segments: readonly Segment[]): string {
  const sites = new Map(project.participants.map((p) => [p.id, p.site]));
  const dates = new Map(project.sessions.map((s) => [s.id, s.date]));
  return writeCsv([
    [...CODING_COLUMNS, ...SEGMENT_LIST_COLUMNS],
    ...codingRows(project, segments).map(({ row, segment, speakerId }) => [...row, speakerId ? (sites.get(speakerId) ?? '') : '', dates.get(segment.sessionId) ?? '']),
  ]);
}

export const SEGMENT_LIST_COLUMNS = ['site', 'session_date'] as const;

function codingRows(project: Project, segments: readonly Segment[]) {
  const sessions = new Map(project.sessions.map((s, i) => [s.id, { session: s, rank: i }]));
  const turns = new Map(project.turns.map((t) => [t.id, t]));
  const labels = new Map(project.participants.map((p) => [p.id, p.label]));
  return inTranscriptOrder(project, segments).flatMap((s) => {
    const speakerId = turns.get(s.turnId)?.speakerId ?? null;
    const speaker = speakerId ? (labels.get(speakerId) ?? '') : '';
    const session = sessions.get(s.sessionId)?.session.title ?? '';
    return s.codes.map((code) => ({ segment: s, speakerId, row: [session, speaker, s.assistantType ?? '', code, s.text, s.memo, String(s.start), String(s.end), s.coder] }));
  });
}
