/**
 * WebVTT transcripts (MS Teams, Zoom, Whisper): cues with optional ids, `<v Name>` voice
 * spans or a `Name:` prefix for the speaker, multi-line payloads, hour-less and unpadded
 * times. Consecutive cues of one speaker become one turn. Also writes WebVTT from turns.
 */
import { blocksOf, cuesToTurns, formatCueTime, parseTimeLine, splitSpeakerPrefix, stripCueMarkup, type Cue } from './cues.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason } from './reasons.ts';
import type { TranscriptTurn } from './transcript-txt.ts';
import { cueTimes, type TimedTurn } from './transcript-timed.ts';
import { cleanText } from '../text-clean.ts';

/** The header Telaah writes: "WEBVTT" and, after it as the format allows, its name. */
const TELAAH_HEADER = /^WEBVTT\s+-\s+Telaah\b/;

export function parseVtt(raw: string, file: string): TranscriptTurn[] {
  const text = cleanText(normaliseText(raw, file));
  const blocks = blocksOf(text);
  const [header, ...rest] = blocks;
  if (!header || !/^WEBVTT(\s|$)/.test(header.lines[0] ?? '')) throw new ImportError(file, 1, reason('vtt.noHeader'));
  const cues: Cue[] = [];
  for (const block of rest) {
    const first = block.lines[0] ?? '';
    if (/^(NOTE|STYLE|REGION)(\s|$)/.test(first)) continue;
    const timeIndex = block.lines.findIndex((l) => l.includes('-->'));
    if (timeIndex < 0) throw new ImportError(file, block.line, reason('cue.noTime'));
    const { start, end } = parseTimeLine(block.lines[timeIndex] ?? '', file, block.line + timeIndex);
    const payload = block.lines.slice(timeIndex + 1).join('\n');
    const voice = /<v(?:\.[^\s>]*)?\s+([^>]+)>/.exec(payload);
    const plain = stripCueMarkup(payload);
    const named = voice ? { speaker: stripCueMarkup(voice[1] ?? '') || null, text: plain } : splitSpeakerPrefix(plain);
    cues.push({ speaker: named.speaker, start, end, text: named.text.trim(), line: block.line });
  }
  // A file Telaah wrote has one cue per turn; MS Teams cuts a turn into cues of one speaker.
  return cuesToTurns(cues, { merge: !TELAAH_HEADER.test(header.lines[0] ?? '') });
}

function escapeCue(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function writeVtt(turns: readonly TimedTurn[]): string {
  const cues = cueTimes(turns).map(({ turn, start, end }, i) => {
    const speaker = turn.speaker ? `<v ${escapeCue(turn.speaker)}>` : '';
    return `${i + 1}\n${formatCueTime(start, '.')} --> ${formatCueTime(end, '.')}\n${speaker}${escapeCue(turn.text)}`;
  });
  return `WEBVTT - Telaah\n\n${cues.join('\n\n')}\n`;
}
