/**
 * SubRip transcripts: numbered cues with `hh:mm:ss,mmm` times. A `Name: ` prefix names
 * the speaker, and (as Otter.ai writes) carries on to the following cues until another
 * name appears. Cues carrying a speaker on continue that speaker's turn; a cue naming its
 * speaker again starts a new one (as SubRip from Telaah has it). Also writes SubRip.
 */
import { blocksOf, cuesToTurns, formatCueTime, parseTimeLine, splitSpeakerPrefix, stripCueMarkup, type Cue } from './cues.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason } from './reasons.ts';
import { cueTimes, type TimedTurn } from './transcript-timed.ts';
import type { TranscriptTurn } from './transcript-txt.ts';
import { cleanText } from '../text-clean.ts';

export function parseSrt(raw: string, file: string): TranscriptTurn[] {
  const cues: Cue[] = [];
  let speaker: string | null = null;
  for (const block of blocksOf(cleanText(normaliseText(raw, file)))) {
    const timeIndex = block.lines.findIndex((l) => l.includes('-->'));
    if (timeIndex < 0) throw new ImportError(file, block.line, reason('cue.noTime'));
    const { start, end } = parseTimeLine(block.lines[timeIndex] ?? '', file, block.line + timeIndex);
    const named = splitSpeakerPrefix(stripCueMarkup(block.lines.slice(timeIndex + 1).join('\n')));
    if (named.speaker !== null) speaker = named.speaker;
    cues.push({ speaker, start, end, text: named.text.trim(), line: block.line, named: named.speaker !== null });
  }
  if (cues.length === 0) throw new ImportError(file, null, reason('transcript.noTurns'));
  // A name written again starts a new turn (Telaah writes one on every turn); a cue carrying the name on continues it.
  return cuesToTurns(cues, { merge: 'carried' });
}

export function writeSrt(turns: readonly TimedTurn[]): string {
  return (
    cueTimes(turns)
      .map(({ turn, start, end }, i) => `${i + 1}\n${formatCueTime(start, ',')} --> ${formatCueTime(end, ',')}\n${turn.speaker ? `${turn.speaker}: ` : ''}${turn.text}`)
      .join('\n\n') + '\n'
  );
}
