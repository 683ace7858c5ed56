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
import { collapseSpaces, foldSpaces, type FoldedText } from '../text-match.ts';
import { NameReplacer, type Rewritten } from '../anonymise.ts';
import { coderForUnnamed, coderNameReason, studyCoders } from '../coders.ts';
import { cleanName } from '../text-clean.ts';
import { findSession, sessionTurns } from '../transcript.ts';
import { inTranscriptOrder } from '../segments-view.ts';
import { readCsv, writeCsv, type CsvKind } from './csv.ts';
import { ImportError } from './import-error.ts';
import { reason, type Reason } from './reasons.ts';

export const CODING_COLUMNS = ['session', 'speaker', 'assistant_type', 'code', 'text', 'memo', 'start', 'end', 'coder'] as const;

interface Located {
  turn: Turn;
  start: number;
  end: number;
}

/**
 * One speaker's turns of a session, their white-space-folded texts joined into one string,
 * so a quote is looked for with one native search instead of a search per turn: a file of
 * 100,000 rows over thousands of turns reads in seconds, not minutes.
 */
class SpeakerText {
  private readonly joined: string;
  /** Where each turn's folded text starts in `joined`. */
  private readonly starts: number[] = [];
  readonly folded: FoldedText[];

  constructor(readonly turns: Turn[]) {
    this.folded = turns.map((t) => foldSpaces(t.text));
    let at = 0;
    for (const f of this.folded) {
      this.starts.push(at);
      at += f.folded.length + 1;
    }
    this.joined = this.folded.map((f) => f.folded).join('\u0000');
  }

  /** The indexes, in order, of the turns whose folded text holds `target` (white space already folded). */
  *containing(target: string): Generator<{ index: number; at: number }> {
    let last = -1;
    for (let found = this.joined.indexOf(target); found >= 0; found = this.joined.indexOf(target, found + 1)) {
      let lo = 0;
      let hi = this.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid]! <= found) lo = mid;
        else hi = mid - 1;
      }
      const at = found - this.starts[lo]!;
      // A match across two turns' texts is no match; each turn is reported once, at its first match.
      if (lo === last || at + target.length > this.folded[lo]!.folded.length) continue;
      last = lo;
      yield { index: lo, at };
    }
  }
}

/** Where a quote is in one speaker's turns, by its offsets when given; else why it is not there. */
function locate(speaker: SpeakerText, text: string, startField: string, endField: string): Located | Reason {
  const target = collapseSpaces(text);
  if (startField !== '' || endField !== '') {
    const start = Number(startField);
    const end = Number(endField);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return reason('coding.badOffsets', { start: startField, end: endField });
    for (const { index } of speaker.containing(target)) {
      const turn = speaker.turns[index]!;
      if (end <= turn.text.length && collapseSpaces(turn.text.slice(start, end)) === target) return { turn, start, end };
    }
    return reason('coding.notAtOffsets', { start, end });
  }
  if (target !== '') {
    for (const { index, at } of speaker.containing(target)) {
      const origin = speaker.folded[index]!.origin;
      return { turn: speaker.turns[index]!, start: origin[at] ?? 0, end: (origin[at + target.length - 1] ?? 0) + 1 };
    }
  }
  return reason('coding.textNotFound', { text: target.slice(0, 60) });
}

const isLocated = (x: Located | Reason): x is Located => 'turn' in x;

/**
 * One speaker's turns as the study's anonymised exports show them (names replaced by
 * pseudonyms), so a segment list exported with pseudonyms finds its quotes again; a quote
 * found there is placed back on the words of the turn as stored.
 */
class AnonymisedSpeaker {
  private readonly rewritten: Rewritten[];
  private readonly text: SpeakerText;

  constructor(private readonly speaker: SpeakerText, names: NameReplacer) {
    this.rewritten = speaker.turns.map((t) => names.rewrite(t.text));
    this.text = new SpeakerText(speaker.turns.map((t, i) => ({ ...t, text: this.rewritten[i]!.text })));
  }

  locate(text: string, startField: string, endField: string): Located | null {
    const at = locate(this.text, text, startField, endField);
    if (!isLocated(at)) return null;
    const index = this.text.turns.indexOf(at.turn);
    const back = this.rewritten[index]!;
    return { turn: this.speaker.turns[index]!, start: back.original(at.start, 'start'), end: back.original(at.end, 'end') };
  }
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
  // Each speaker's turns and their folded text are worked out once, not per row.
  const textOf = new Map<string, SpeakerText>();
  const speakerText = (sessionId: string, speakerId: string) => {
    const key = `${sessionId}|${speakerId}`;
    let text = textOf.get(key);
    if (!text) textOf.set(key, (text = new SpeakerText(sessionTurns(project, sessionId).filter((t) => t.speakerId === speakerId))));
    return text;
  };
  // A speaker is named by label or, as exports name them by default, by pseudonym; a label wins.
  const byLabel = new Map([...project.participants.map((p) => [p.pseudonym, p] as const), ...project.participants.map((p) => [p.label, p] as const)]);
  const names = new NameReplacer(project.participants);
  const anonymisedOf = new Map<string, AnonymisedSpeaker>();
  const anonymised = (sessionId: string, speakerId: string) => {
    if (!names.replacesAny) return null;
    const key = `${sessionId}|${speakerId}`;
    let text = anonymisedOf.get(key);
    if (!text) anonymisedOf.set(key, (text = new AnonymisedSpeaker(speakerText(sessionId, speakerId), names)));
    return text;
  };
  const coders = new Set(studyCoders({ study: project.study, segments }).map((c) => c.name));
  for (const { line, values } of rows) {
    const fail = (why: Reason): never => {
      throw new ImportError(file, line, why);
    };
    const v = (k: string) => (values[k] ?? '').trim();
    const session = findSession(project, v('session')) ?? fail(reason('coding.unknownSession', { session: v('session') }));
    const speaker = byLabel.get(v('speaker')) ?? fail(reason('coding.unknownSpeaker', { speaker: v('speaker') }));
    const code = findCode(project.study.codebook, v('code')) ?? fail(reason('unknownCode', { code: v('code') }));
    const type = v('assistant_type');
    if (type !== '' && !isAssistantType(project.study, type)) fail(reason('unknownType', { type }));
    if (v('text') === '') fail(reason('coding.emptyText'));
    const spoken = speakerText(session.id, speaker.id);
    if (spoken.turns.length === 0) fail(reason('coding.speakerSilent', { speaker: speaker.label, session: session.title }));
    const found = locate(spoken, values.text ?? '', v('start'), v('end'));
    const at = isLocated(found) ? found : (anonymised(session.id, speaker.id)?.locate(values.text ?? '', v('start'), v('end')) ?? fail(found));
    // A row that names no coder is counted for the study's first coder, as every coder-less statement is.
    const coder = cleanName(v('coder')) || coderForUnnamed(project.study.coders);
    if (!coders.has(coder)) {
      const why = coderNameReason(coder, [...coders]);
      if (why) fail(why);
      coders.add(coder);
    }

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
        coder,
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
export function exportCodings(project: Project, segments: readonly Segment[] = project.segments, kind: CsvKind = 'standard'): string {
  return writeCsv([[...CODING_COLUMNS], ...codingRows(project, segments).map((r) => r.row)], kind);
}

/**
 * The segments view's export: the codings CSV columns plus the speaker's `site` and the
 * session's `session_date`, which the codings import accepts and ignores.
 */
export function exportSegmentList(project: Project, segments: readonly Segment[], kind: CsvKind = 'standard'): string {
  const sites = new Map(project.participants.map((p) => [p.id, p.site]));
  const dates = new Map(project.sessions.map((s) => [s.id, s.date]));
  return writeCsv([
    [...CODING_COLUMNS, ...SEGMENT_LIST_COLUMNS],
    ...codingRows(project, segments).map(({ row, segment, speakerId }) => [...row, speakerId ? (sites.get(speakerId) ?? '') : '', dates.get(segment.sessionId) ?? '']),
  ], kind);
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
