/**
 * The whole contract between the renderer and the desktop host (Electron's main process),
 * one method per capability. The preload script exposes exactly this object as
 * `window.api`; the web build implements the same interface with browser downloads and
 * file inputs. Nothing else crosses the boundary.
 */

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileToSave {
  name: string;
  content: string;
}

export interface OpenedFile {
  name: string;
  content: string;
}

export interface SaveResult {
  saved: boolean;
  /** Where the file(s) went, for the status line; absent when the user cancelled. */
  location?: string;
}

export interface Api {
  /** Asks where to save one file (suggesting its name) and writes it. */
  saveFile(file: FileToSave, filters: FileFilter[]): Promise<SaveResult>;
  /** Asks for a folder and writes several files into it (e.g. tabel-1.csv … tabel-4.csv). */
  saveFiles(files: FileToSave[]): Promise<SaveResult>;
  /** Asks the user for one text file and returns its name and content, or null when cancelled. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | null>;
}

export type ApiMethod = keyof Api;

/** The IPC channel of each method; main and preload both derive names this way. */
export function channelOf(method: ApiMethod): string {
  return `telaah:${method}`;
}
