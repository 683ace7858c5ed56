/**
 * Transcript files by extension: every importer turns a file into speaker turns with
 * timestamps (.txt, .docx, .vtt, .srt, Whisper .json, oTranscribe .otr), and the writers
 * turn a session back into .txt, .docx, .srt or .vtt. The app and the CLI both come
 * through here.
 */
import type { Lang } from '../model.ts';
import { ImportError } from './import-error.ts';
import { isRecordingTime, shownTime } from '../recording-time.ts';
import { decodeText } from './text-decode.ts';
import { parseDocx } from './transcript-docx.ts';
import type { SessionDetails } from './transcript-docx-write.ts';
import { reason } from './reasons.ts';
import { parseOtr } from './transcript-otr.ts';
import { parseSrt, writeSrt } from './transcript-srt.ts';
import type { TimedTurn } from './transcript-timed.ts';
import { parseTranscriptTxt, writeTranscriptTxt, type TranscriptTurn } from './transcript-txt.ts';
import { parseVtt, writeVtt } from './transcript-vtt.ts';
import { DEFAULT_WHISPER_GAP, parseWhisperJson } from './transcript-whisper.ts';

export const TRANSCRIPT_IMPORT_EXTENSIONS = ['txt', 'docx', 'vtt', 'srt', 'json', 'otr'] as const;

/** Whether a file's name is that of a transcript Telaah imports (a project file's `.telaah.json` is not). */
export function isTranscriptName(name: string): boolean {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  return dot > 0 && !lower.endsWith('.telaah.json') && (TRANSCRIPT_IMPORT_EXTENSIONS as readonly string[]).includes(lower.slice(dot + 1));
}
export const TRANSCRIPT_EXPORT_EXTENSIONS = ['txt', 'docx', 'srt', 'vtt'] as const;
export type TranscriptExportFormat = (typeof TRANSCRIPT_EXPORT_EXTENSIONS)[number];

export interface TranscriptImportOptions {
  /** Whisper: a pause longer than this many seconds starts a new turn. */
  gapSeconds?: number;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** A file's content: text, or its bytes (needed for .docx; text formats are read as UTF-8). */
export type TranscriptSource = string | Uint8Array;

function asText(source: TranscriptSource): string {
  return typeof source === 'string' ? source : decodeText(source);
}

/**
 * Every importer's turns meet the recording-time rule here, so what a transcript brings in
 * is what a stored study may hold: a time outside the recording is refused with its line.
 */
function withRecordingTimes(turns: TranscriptTurn[], file: string): TranscriptTurn[] {
  for (const turn of turns) {
    const bad = [turn.timestamp, ...(turn.words ?? []).flatMap((w) => [w.start, w.end])].find((t) => t !== null && !isRecordingTime(t));
    if (bad !== undefined) throw new ImportError(file, turn.line > 0 ? turn.line : null, reason('transcript.timeOutside', { time: shownTime(bad) }));
  }
  return turns;
}

export function parseTranscriptFile(name: string, source: TranscriptSource, options: TranscriptImportOptions = {}): TranscriptTurn[] {
  return withRecordingTimes(parseByFormat(name, source, options), name);
}

function parseByFormat(name: string, source: TranscriptSource, options: TranscriptImportOptions): TranscriptTurn[] {
  switch (extensionOf(name)) {
    case 'txt':
      return parseTranscriptTxt(asText(source), name);
    case 'docx':
      return parseDocx(typeof source === 'string' ? new TextEncoder().encode(source) : source, name);
    case 'vtt':
      return parseVtt(asText(source), name);
    case 'srt':
      return parseSrt(asText(source), name);
    case 'json':
      return parseWhisperJson(asText(source), name, options.gapSeconds ?? DEFAULT_WHISPER_GAP);
    case 'otr':
      return parseOtr(asText(source), name);
    default:
      throw new ImportError(name, null, reason('transcript.unknownFormat', { extension: extensionOf(name) || name }));
  }
}

export function isTranscriptExportFormat(extension: string): extension is TranscriptExportFormat {
  return (TRANSCRIPT_EXPORT_EXTENSIONS as readonly string[]).includes(extension);
}

/** A session's transcript in a format; .docx starts with the session's details. */
export async function writeTranscriptFile(
  format: TranscriptExportFormat,
  turns: readonly TimedTurn[],
  session: SessionDetails = { title: '', date: '', place: '', moderator: '', noteTaker: '' },
  lang: Lang = 'id',
): Promise<string | Uint8Array> {
  switch (format) {
    case 'txt':
      return writeTranscriptTxt(turns);
    case 'docx':
      // The Word writer is large; it is loaded only when a .docx is written.
      return (await import('./transcript-docx-write.ts')).writeDocx(session, turns, lang);
    case 'srt':
      return writeSrt(turns);
    case 'vtt':
      return writeVtt(turns);
  }
}
