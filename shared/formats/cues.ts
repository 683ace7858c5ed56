/**
 * What subtitle-like transcripts (WebVTT, SubRip, Whisper) have in common: timed cues,
 * each perhaps with a speaker, merged into speaker turns. Times are read leniently
 * (`00:01.5`, `0:0:1.130`, `00:00:01,000`) because real exports bend the standards.
 */
import type { TimedWord } from '../words.ts';
import { isRecordingTime, shownTime } from '../recording-time.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';
import type { TranscriptTurn } from './transcript-txt.ts';

export interface Cue {
  speaker: string | null;
  start: number;
  end: number;
  text: string;
  line: number;
  /** The speaker was named on this cue itself, not carried on from an earlier one. */
  named?: boolean;
  /** The recogniser's words of the cue, with their times. */
  words?: TimedWord[];
}

/** Seconds for `[h:]m:s[.,fraction]` with any number of digits per part, or null. */
export function parseCueTime(text: string): number | null {
  const m = /^(?:(\d+):)?(\d+):(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!m) return null;
  const [, h, min, s, frac] = m;
  if (Number(s) > 59 || (h !== undefined && Number(min) > 59)) return null;
  return Number(h ?? 0) * 3600 + Number(min) * 60 + Number(s) + (frac ? Number(`0.${frac}`) : 0);
}

/** `hh:mm:ss.mmm` (WebVTT) or `hh:mm:ss,mmm` (SubRip). */
export function formatCueTime(seconds: number, separator: '.' | ','): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${separator}${pad(ms % 1000, 3)}`;
}

/** Start and end of a `start --> end [settings]` line. */
export function parseTimeLine(line: string, file: string, lineNo: number): { start: number; end: number } {
  const [left = '', right = ''] = line.split('-->');
  const startText = left.trim();
  const endText = right.trim().split(/\s+/)[0] ?? '';
  const start = parseCueTime(startText);
  if (start === null) throw new ImportError(file, lineNo, reason('cue.badTime', { time: startText }));
  const end = parseCueTime(endText);
  if (end === null) throw new ImportError(file, lineNo, reason('cue.badTime', { time: endText }));
  for (const time of [start, end]) if (!isRecordingTime(time)) throw new ImportError(file, lineNo, reason('transcript.timeOutside', { time: shownTime(time) }));
  if (end < start) throw new ImportError(file, lineNo, reason('cue.endsBeforeStart', { start: startText, end: endText }));
  return { start, end };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', lrm: '', rlm: '' };

/** A character reference's character; one no text may hold (beyond Unicode, a surrogate, NUL or another control character) is U+FFFD. */
function referenced(code: number): string {
  const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : '\uFFFD';
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return referenced(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return referenced(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Subtitle markup removed: tags such as <i>, <c.x>, <00:00:01.000>, and ASS codes such as {\an8}. */
export function stripCueMarkup(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A `Name: ` prefix as speakers are written in caption text (also `[SPEAKER_00]: `). */
export function splitSpeakerPrefix(text: string): { speaker: string | null; text: string } {
  const m = /^\[?([^:[\]\s][^:[\]]{0,59}?)\]?:\s+(.*)$/s.exec(text);
  if (!m) return { speaker: null, text };
  return { speaker: (m[1] ?? '').trim(), text: m[2] ?? '' };
}

/**
 * Cues to turns: consecutive cues of one speaker make one turn, unless the pause between
 * them is longer than `maxGap` seconds. Cues without a speaker are merged the same way
 * only when `mergeUnnamed` is set (Whisper); otherwise each stays a turn of its own.
 * `merge: 'carried'` merges only cues whose speaker is carried on from the cue before
 * (SubRip as Otter.ai writes it: a name written again starts a new turn); `merge: false`
 * keeps every cue a turn (a file Telaah wrote, one cue per turn).
 */
export function cuesToTurns(cues: readonly Cue[], options: { maxGap?: number; mergeUnnamed?: boolean; merge?: boolean | 'carried' } = {}): TranscriptTurn[] {
  const maxGap = options.maxGap ?? Infinity;
  const merge = options.merge ?? true;
  const turns: TranscriptTurn[] = [];
  let last: { turn: TranscriptTurn; end: number } | null = null;
  for (const cue of cues) {
    if (cue.text === '') continue;
    const mergeable = merge === true || (merge === 'carried' && cue.named !== true);
    const sameSpeaker = mergeable && last !== null && cue.speaker === last.turn.speaker && (cue.speaker !== null || options.mergeUnnamed === true);
    if (last && sameSpeaker && cue.start - last.end <= maxGap) {
      last.turn.text = `${last.turn.text} ${cue.text}`;
      last.end = Math.max(last.end, cue.end);
      // Appended in place: copying the merged turn's words for each cue would be quadratic in a long unlabelled draft.
      if (cue.words) for (const word of cue.words) (last.turn.words ??= []).push(word);
      continue;
    }
    const turn: TranscriptTurn = { speaker: cue.speaker, timestamp: cue.start, text: cue.text, line: cue.line, ...(cue.words ? { words: [...cue.words] } : {}) };
    turns.push(turn);
    last = { turn, end: cue.end };
  }
  return turns;
}

/** The blocks of a subtitle file: runs of non-blank lines, with the line each starts on. */
export function blocksOf(text: string): { line: number; lines: string[] }[] {
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | null = null;
  text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') {
      current = null;
      return;
    }
    if (!current) blocks.push((current = { line: index + 1, lines: [] }));
    current.lines.push(raw);
  });
  return blocks;
}
