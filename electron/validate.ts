/**
 * Validation of everything the renderer sends over IPC. The renderer is treated as
 * untrusted: each argument is checked for shape and size before the main process acts.
 */
import { isMediaName, type BackupToWrite, type FileFilter, type FileToSave } from '../shared/api.ts';
import { isMenuCommand, type WindowState } from '../shared/desktop.ts';
import { isStudyId, parseBackupName } from '../shared/backups.ts';
import { isUnsafeFileName } from '../shared/file-name.ts';
import { whisperModel, type ModelName } from '../shared/transcription/models.ts';

export class InvalidArgument extends Error {}

/** Generous but finite: a four-hour FGD project file is a few megabytes. */
export const MAX_CONTENT_CHARS = 200 * 1024 * 1024;
const MAX_FILES = 64;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A bare file name: no folders, no `..`, nothing a save dialog could misread as a path, and none a system keeps (CON), hides (a control or bidi character) or trims (a trailing dot). */
export function isPlainFileName(name: unknown): name is string {
  return typeof name === 'string' && name.length > 0 && name.length <= 200 && !/[/\\\0:*?"<>|]/.test(name) && name !== '.' && name !== '..' && !isUnsafeFileName(name);
}

export function fileToSave(v: unknown): FileToSave {
  if (!isRecord(v)) throw new InvalidArgument('file must be an object');
  if (!isPlainFileName(v.name)) throw new InvalidArgument('file name must be a plain file name');
  const content = v.content;
  const isText = typeof content === 'string';
  if (!(isText || content instanceof Uint8Array) || content.length > MAX_CONTENT_CHARS) throw new InvalidArgument('file content must be text or bytes of bounded size');
  return { name: v.name, content };
}

export function filesToSave(v: unknown): FileToSave[] {
  if (!Array.isArray(v) || v.length === 0 || v.length > MAX_FILES) throw new InvalidArgument(`files must be a list of 1 to ${MAX_FILES} files`);
  const files = v.map(fileToSave);
  if (new Set(files.map((f) => f.name)).size !== files.length) throw new InvalidArgument('file names must differ');
  return files;
}

export function fileFilters(v: unknown): FileFilter[] {
  if (!Array.isArray(v) || v.length > 16) throw new InvalidArgument('filters must be a short list');
  return v.map((f) => {
    if (!isRecord(f) || typeof f.name !== 'string' || f.name.length > 100) throw new InvalidArgument('filter needs a name');
    const ext = f.extensions;
    if (!Array.isArray(ext) || ext.length > 16 || !ext.every((e) => typeof e === 'string' && /^[a-z0-9.]{1,20}$/i.test(e))) {
      throw new InvalidArgument('filter extensions must be short alphanumeric strings');
    }
    return { name: f.name, extensions: ext as string[] };
  });
}

/** An absolute path of bounded length (a media path the renderer asks to reopen). */
export function absolutePath(v: unknown): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > 4096 || v.includes('\0')) throw new InvalidArgument('path must be text');
  if (!v.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(v)) throw new InvalidArgument('path must be absolute');
  return v;
}

/** A team server's address as the user typed it: short text; serverAddress then says whether it may be reached. */
export function serverText(v: unknown): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > 2048 || v.includes('\0')) throw new InvalidArgument('a server address must be text');
  return v;
}

/** A study snapshot to write: a study id (letters, digits, dashes), a short title, project-file text. */
export function backupToWrite(v: unknown): BackupToWrite {
  if (!isRecord(v)) throw new InvalidArgument('backup must be an object');
  if (!isStudyId(v.studyId)) throw new InvalidArgument('backup needs a study id');
  if (typeof v.title !== 'string' || v.title.length > 500) throw new InvalidArgument('backup title must be short text');
  if (typeof v.content !== 'string' || v.content.length > MAX_CONTENT_CHARS) throw new InvalidArgument('backup content must be text of bounded size');
  return { studyId: v.studyId, title: v.title, content: v.content };
}

/** The name of a snapshot in the backup folder, never a path. */
export function backupId(v: unknown): string {
  if (typeof v !== 'string' || !parseBackupName(v)) throw new InvalidArgument('not a backup name');
  return v;
}

export function keepDays(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidArgument('days must be a number');
  return v;
}

/** The name of a listed Whisper model; nothing else can be downloaded. */
export function modelName(v: unknown): ModelName {
  const model = typeof v === 'string' ? whisperModel(v) : undefined;
  if (!model) throw new InvalidArgument('model must be a listed Whisper model');
  return model.name;
}

/** The absolute path of a recording (a file dropped on the window, found by the preload). */
export function mediaPath(v: unknown): string {
  const path = absolutePath(v);
  if (!isMediaName(path)) throw new InvalidArgument('path must be a recording');
  return path;
}

const MAX_WORDS = 5000;

/** The window's state: a known language, known commands, a short id, and a bounded list of short words. */
export function windowState(v: unknown): WindowState {
  if (!isRecord(v) || !isRecord(v.context) || !isRecord(v.spelling)) throw new InvalidArgument('window state must be an object');
  const lang = (x: unknown) => {
    if (x !== 'id' && x !== 'en') throw new InvalidArgument('language must be id or en');
    return x;
  };
  if (!Array.isArray(v.available) || !v.available.every(isMenuCommand)) throw new InvalidArgument('commands must be known menu commands');
  const segmentId = v.context.segmentId;
  if (segmentId !== null && (typeof segmentId !== 'string' || segmentId.length > 100)) throw new InvalidArgument('segment id must be short text');
  const words = v.spelling.words;
  if (!Array.isArray(words) || words.length > MAX_WORDS || !words.every((w) => typeof w === 'string' && w.length > 0 && w.length <= 100)) {
    throw new InvalidArgument('words must be a bounded list of short words');
  }
  return {
    lang: lang(v.lang),
    available: [...new Set(v.available)],
    context: { segmentId, codable: v.context.codable === true },
    spelling: { lang: lang(v.spelling.lang), words: words as string[] },
  };
}
