/**
 * oTranscribe `.otr` files: JSON whose `text` is the editor's HTML, with timestamps as
 * `<span class="timestamp" data-timestamp="SECONDS">`. Each timestamp starts a new turn
 * at that time. A paragraph that begins with `Name:` (often bold) starts that speaker's
 * turn; paragraphs without a name continue with the speaker before them.
 */
import { splitSpeakerPrefix } from './cues.ts';
import { tokenizeHtml } from './html-text.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason } from './reasons.ts';
import { parseTime } from './timestamp.ts';
import type { TranscriptTurn } from './transcript-txt.ts';
import { cleanText } from '../text-clean.ts';

interface Chunk {
  timestamp: number | null;
  text: string;
  paragraphStart: boolean;
}

/** Paragraphs split at timestamps, in document order. */
function chunksOf(html: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { timestamp: null, text: '', paragraphStart: true };
  let inTimestamp = 0;
  const start = (timestamp: number | null, paragraphStart: boolean) => {
    chunks.push(current);
    current = { timestamp, text: '', paragraphStart };
  };
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'open' && (token.name === 'p' || token.name === 'div')) start(null, true);
    else if (token.kind === 'open' && token.name === 'br') current.text += ' ';
    else if (token.kind === 'open' && token.name === 'span' && /\btimestamp\b/.test(token.attributes.class ?? '')) {
      const value = token.attributes['data-timestamp'] ?? '';
      const seconds = /^\d+(\.\d+)?$/.test(value) ? Number(value) : parseTime(value);
      if (current.text.trim() === '') current.timestamp = seconds;
      else start(seconds, false);
      inTimestamp++;
    } else if (token.kind === 'close' && token.name === 'span' && inTimestamp > 0) inTimestamp--;
    else if (token.kind === 'text' && inTimestamp === 0) current.text += token.text;
  }
  chunks.push(current);
  return chunks.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text !== '');
}

export function parseOtr(raw: string, file: string): TranscriptTurn[] {
  let json: unknown;
  try {
    json = JSON.parse(cleanText(normaliseText(raw, file)));
  } catch {
    throw new ImportError(file, null, reason('json.invalid'));
  }
  const html = (json as { text?: unknown })?.text;
  if (typeof html !== 'string') throw new ImportError(file, null, reason('otr.noText'));
  let speaker: string | null = null;
  const turns = chunksOf(html).map((chunk): TranscriptTurn => {
    let text = chunk.text;
    if (chunk.paragraphStart || chunk.timestamp !== null) {
      const named = splitSpeakerPrefix(text);
      if (named.speaker !== null) {
        speaker = named.speaker;
        text = named.text.trim();
      }
    }
    return { speaker, timestamp: chunk.timestamp, text, line: 0 };
  });
  if (turns.length === 0) throw new ImportError(file, null, reason('transcript.noTurns'));
  return turns;
}
