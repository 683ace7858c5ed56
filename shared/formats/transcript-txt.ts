/**
 * The plain-text transcript format that note-takers type and that Telaah writes:
 *
 *     [00:01:05] Bu Sari: Kami yang mendata ulang KPM setiap bulan.
 *
 *     [00:01:40] Moderator: Bagaimana dengan TKSK?
 *
 * One turn per block, blocks separated by a blank line. The timestamp (`[hh:mm:ss]` or
 * `[mm:ss]`) and the `Speaker label:` prefix are optional; a line without a label
 * continues the turn above it (joined with a space), and a block that begins without a
 * label is a turn with no known speaker. Turn text holds no line breaks, so what Telaah
 * writes reads back to the same turns.
 */
import type { TimedWord } from '../words.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason } from './reasons.ts';
import { formatTime, parseTime } from './timestamp.ts';
import { cleanText } from '../text-clean.ts';

export interface TranscriptTurn {
  speaker: string | null;
  timestamp: number | null;
  text: string;
  /** 1-based line where the turn starts in the file (0 for turns not read from a file). */
  line: number;
  /** Machine-made (a speech recogniser's draft): the turn waits to be read and corrected. */
  unchecked?: true;
  /** The recogniser's words with their times, when it gave them. */
  words?: TimedWord[];
}

const STAMP = /^\[([^\]]*)\]\s*/;
/** A speaker label: up to 60 characters with no colon or bracket, then a colon and a space or end of line. */
const LABEL = /^([^:[\]\s][^:[\]]{0,59}?):(?:\s+|$)/;

export function parseTranscriptTxt(raw: string, file: string): TranscriptTurn[] {
  const lines = cleanText(normaliseText(raw, file)).split('\n');
  const turns: TranscriptTurn[] = [];
  let current: TranscriptTurn | null = null;
  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    let line = rawLine.trim();
    if (line === '') {
      current = null;
      return;
    }
    let timestamp: number | null = null;
    const stamp = STAMP.exec(line);
    if (stamp) {
      timestamp = parseTime(stamp[1] ?? '');
      if (timestamp === null) throw new ImportError(file, lineNo, reason('transcript.badTime', { stamp: stamp[1] ?? '' }));
      line = line.slice(stamp[0].length);
    }
    const label = LABEL.exec(line);
    if (label || stamp || current === null) {
      current = {
        speaker: label ? (label[1] ?? '').trim() : null,
        timestamp,
        text: label ? line.slice(label[0].length).trim() : line,
        line: lineNo,
      };
      turns.push(current);
    } else {
      const turn: TranscriptTurn = current;
      turn.text = turn.text === '' ? line : `${turn.text} ${line}`;
    }
  });
  if (turns.length === 0) throw new ImportError(file, null, reason('transcript.noTurns'));
  return turns;
}

/** The text of a transcript file and where each turn's own text starts in it. */
export function transcriptLayout(turns: readonly Omit<TranscriptTurn, 'line'>[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  turns.forEach((t, i) => {
    if (i > 0) text += '\n\n';
    const stamp = t.timestamp === null ? '' : `[${formatTime(t.timestamp)}] `;
    const label = t.speaker ? `${t.speaker}: ` : '';
    text += stamp + label;
    starts.push(text.length);
    text += t.text.replace(/\s*\n\s*/g, ' ');
  });
  return { text: text + '\n', starts };
}

export function writeTranscriptTxt(turns: readonly Omit<TranscriptTurn, 'line'>[]): string {
  return transcriptLayout(turns).text;
}
