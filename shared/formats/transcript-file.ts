/**
 * Transcript files by extension: every importer turns a file into speaker turns with
 * timestamps (.txt, .vtt, .srt, Whisper .json, oTranscribe .otr), and the writers turn a
 * session back into .txt, .srt or .vtt. The app and the CLI both come through here.
 */
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';
import { parseOtr } from './transcript-otr.ts';
import { parseSrt, writeSrt } from './transcript-srt.ts';
import type { TimedTurn } from './transcript-timed.ts';
import { parseTranscriptTxt, writeTranscriptTxt, type TranscriptTurn } from './transcript-txt.ts';
import { parseVtt, writeVtt } from './transcript-vtt.ts';
import { DEFAULT_WHISPER_GAP, parseWhisperJson } from './transcript-whisper.ts';

export const TRANSCRIPT_IMPORT_EXTENSIONS = ['txt', 'vtt', 'srt', 'json', 'otr'] as const;
export const TRANSCRIPT_EXPORT_EXTENSIONS = ['txt', 'srt', 'vtt'] as const;
export type TranscriptExportFormat = (typeof TRANSCRIPT_EXPORT_EXTENSIONS)[number];

export interface TranscriptImportOptions {
  /** Whisper: a pause longer than this many seconds starts a new turn. */
  gapSeconds?: number;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function parseTranscriptFile(name: string, content: string, options: TranscriptImportOptions = {}): TranscriptTurn[] {
  switch (extensionOf(name)) {
    case 'txt':
      return parseTranscriptTxt(content, name);
    case 'vtt':
      return parseVtt(content, name);
    case 'srt':
      return parseSrt(content, name);
    case 'json':
      return parseWhisperJson(content, name, options.gapSeconds ?? DEFAULT_WHISPER_GAP);
    case 'otr':
      return parseOtr(content, name);
    default:
      throw new ImportError(name, null, reason('transcript.unknownFormat', { extension: extensionOf(name) || name }));
  }
}

export function isTranscriptExportFormat(extension: string): extension is TranscriptExportFormat {
  return (TRANSCRIPT_EXPORT_EXTENSIONS as readonly string[]).includes(extension);
}

export function writeTranscriptFile(format: TranscriptExportFormat, turns: readonly TimedTurn[]): string {
  switch (format) {
    case 'txt':
      return writeTranscriptTxt(turns);
    case 'srt':
      return writeSrt(turns);
    case 'vtt':
      return writeVtt(turns);
  }
}
