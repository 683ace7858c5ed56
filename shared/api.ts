/**
 * The whole contract between the renderer and the desktop host (Electron's main process),
 * one method per capability. The preload script exposes exactly this object as
 * `window.api`; the web build implements the same interface with browser downloads and
 * file inputs. Nothing else crosses the boundary.
 */
import type { BackupInfo } from './backups.ts';
import type { MenuCommand, RecentFile, WindowState } from './desktop.ts';
import type { ModelName } from './transcription/models.ts';

export type { BackupInfo };

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileToSave {
  name: string;
  /** Text is written as UTF-8; bytes as they are (e.g. a .docx). */
  content: string | Uint8Array;
}

export interface OpenedFile {
  name: string;
  /** The file read as UTF-8 text. */
  content: string;
  /** The file's bytes, for binary formats such as .docx. */
  bytes?: Uint8Array;
}

export interface SaveResult {
  saved: boolean;
  /** Where the file(s) went, for the status line; absent when the user cancelled. */
  location?: string;
}

/** A media file attached to a session, ready to play. */
export interface AttachedMedia {
  name: string;
  /** A URL the renderer's <audio>/<video> element can play. */
  url: string;
  /** Desktop: where the file is on disk, to find it again after a restart. */
  path?: string;
  /** Web build: the file itself, kept in the browser's storage. */
  blob?: Blob;
}

export const MEDIA_EXTENSIONS = ['mp3', 'm4a', 'wav', 'ogg', 'webm', 'mp4'] as const;

/** The open dialog's choice for a CSV file, and whether a name is one. */
export const CSV_FILES: FileFilter[] = [{ name: 'CSV', extensions: ['csv'] }];
export const isCsvName = (name: string): boolean => name.toLowerCase().endsWith('.csv');

/** Whether a file's name is that of a recording the player takes. */
export function isMediaName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && (MEDIA_EXTENSIONS as readonly string[]).includes(name.slice(dot + 1).toLowerCase());
}

/** A study's project file to keep as a snapshot. */
export interface BackupToWrite {
  studyId: string;
  title: string;
  content: string;
}

export interface BackupSettings {
  /** Snapshots are kept this many days (at least 7); the newest of each study always. */
  keepDays: number;
  /** Where the snapshots are: a folder on the desktop, the browser's storage on the web. */
  location: string;
  /** 'disk' on the desktop; on the web, whether the browser promised to keep its storage. */
  storage: 'disk' | 'persistent' | 'best-effort';
}

/** The Whisper models in the app's data folder (desktop), each with a URL the renderer can read it from. */
export interface ModelShelf {
  /** Where models are kept; null in the web build, which cannot download them. */
  folder: string | null;
  installed: { name: ModelName; url: string }[];
}

export interface ModelDownloadProgress {
  model: ModelName;
  received: number;
  total: number;
  /** Null until the speed is known. */
  secondsLeft: number | null;
}

/** Why a download ended without a model; the partial file is gone in every case. */
export type ModelDownloadProblem = 'cancelled' | 'diskFull' | 'http' | 'network' | 'size' | 'checksum' | 'unavailable';

export type ModelDownloadResult = { ok: true } | { ok: false; problem: ModelDownloadProblem; detail?: string };

export interface Api {
  /** Asks where to save one file (suggesting its name) and writes it. */
  saveFile(file: FileToSave, filters: FileFilter[]): Promise<SaveResult>;
  /** Asks for a folder and writes several files into it (e.g. tabel-1.csv … tabel-4.csv). */
  saveFiles(files: FileToSave[]): Promise<SaveResult>;
  /** Asks the user for one text file and returns its name and content, or null when cancelled. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
  /** Asks the user for an audio or video file to play beside a transcript; null when cancelled. */
  attachMedia(): Promise<AttachedMedia | null>;
  /** A playable URL for a media file attached earlier (desktop), or null when it is no longer there. */
  reopenMedia(path: string): Promise<string | null>;
  /** Keeps a snapshot of a study outside the app's database (desktop: the backup folder). */
  writeBackup(backup: BackupToWrite): Promise<BackupInfo>;
  /** Every snapshot kept, newest first. */
  listBackups(): Promise<BackupInfo[]>;
  /** The project file of one snapshot. */
  readBackup(id: string): Promise<string>;
  backupSettings(): Promise<BackupSettings>;
  /** Sets how many days snapshots are kept (clamped to 7–365) and answers the new settings. */
  setBackupKeepDays(days: number): Promise<BackupSettings>;
  /** The Whisper models downloaded into the app's data folder. */
  whisperModels(): Promise<ModelShelf>;
  /** Downloads a listed model into the app's data folder, checking its size and SHA-256; progress arrives through `onModelProgress`. */
  downloadWhisperModel(name: ModelName): Promise<ModelDownloadResult>;
  /** Stops a download under way; it then answers `{ ok: false, problem: 'cancelled' }`. */
  cancelModelDownload(name: ModelName): Promise<void>;
  /** Listens to the progress of model downloads (the last listener given wins). */
  onModelProgress(listener: (progress: ModelDownloadProgress) => void): void;
  /**
   * Runs `backUp` before the app closes and waits for it (desktop, at most a few seconds);
   * the web build has no such moment and never calls it.
   */
  onBeforeQuit(backUp: () => Promise<void>): void;
  /**
   * A recording dropped on the window, attached as one chosen with `attachMedia` (desktop:
   * it stays where it is on disk; web: kept in the browser's storage); null when the file
   * is not a recording.
   */
  attachDroppedMedia(file: File): Promise<AttachedMedia | null>;
  /** The project files opened or saved lately, newest first (desktop; none on the web). */
  recentFiles(): Promise<RecentFile[]>;
  /** The name the computer's user signs in with (desktop), offered as the coder's name; '' where there is none (the web). */
  userName(): Promise<string>;
  /**
   * Lets the page reach a team server the user gave (sharing, joining, opening a shared
   * study): the desktop app lets no other network request out. Refuses an address that is
   * not https/wss (or this computer).
   */
  allowServer(address: string): Promise<void>;
  /** A recent project file read again; null when it is no longer there (it then leaves the list). */
  openRecent(path: string): Promise<OpenedFile | null>;
  /** Desktop: the window's language, commands, right-click context and spelling, for the menus and the spell checker. */
  setWindowState(state: WindowState): void;
  /** Desktop: a menu item was chosen (the last listener given wins). */
  onMenuCommand(listener: (command: MenuCommand) => void): void;
  /** Desktop: "add to the study's dictionary" was chosen for a word in the right-click menu. */
  onAddWord(listener: (word: string) => void): void;
  /** Desktop: a project file the app was asked to open (double-clicked, or given to a second launch). */
  onOpenFile(listener: (file: OpenedFile) => void): void;
}

/** The methods that cross IPC as requests; the `on…` ones are events from the main process, `setWindowState` a message to it, and `attachDroppedMedia` goes through `attachMediaPath` (the preload finds the dropped file's path). */
export type ApiMethod = Exclude<keyof Api, 'onBeforeQuit' | 'onModelProgress' | 'onMenuCommand' | 'onAddWord' | 'onOpenFile' | 'setWindowState' | 'attachDroppedMedia'> | 'attachMediaPath';

/** The main process asks the window to back up before it closes, and waits for the answer. */
export const BEFORE_QUIT_CHANNEL = 'telaah:before-quit';
export const BEFORE_QUIT_DONE_CHANNEL = 'telaah:before-quit-done';
/** The main process reports model download progress to the window. */
export const MODEL_PROGRESS_CHANNEL = 'telaah:model-progress';
/** The window's state, to the main process; menu commands, words to add and files to open, from it. */
export const WINDOW_STATE_CHANNEL = 'telaah:window-state';
export const MENU_COMMAND_CHANNEL = 'telaah:menu-command';
export const ADD_WORD_CHANNEL = 'telaah:add-word';
export const OPEN_FILE_CHANNEL = 'telaah:open-file';

/** The IPC channel of each method; main and preload both derive names this way. */
export function channelOf(method: ApiMethod): string {
  return `telaah:${method}`;
}
