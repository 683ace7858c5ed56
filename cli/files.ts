/**
 * The CLI's access to the disk, and its word to the user beside a command's result.
 * Writes go to a temporary file that is flushed to the disk, then renamed over the target,
 * and the folder flushed too (as SQLite does), so neither an interrupted write nor a power
 * cut after "wrote" leaves a half-written or missing project file.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeText } from '../shared/formats/text-decode.ts';

export interface Files {
  read(path: string): string;
  readBytes(path: string): Uint8Array;
  /** The first `length` bytes (fewer when the file is shorter), without reading the rest. */
  readStart(path: string, length: number): Uint8Array;
  remove(path: string): void;
  exists(path: string): boolean;
  mkdir(path: string): void;
  writeAtomically(path: string, content: string | Uint8Array): void;
  /** Tells the user something beside the result (on stderr), e.g. a value set aside on reading a file. */
  note(line: string): void;
}

export class FileNotReadable extends Error {}

export const diskFiles: Files = {
  /** Text in whatever encoding the file uses (shared/formats/text-decode.ts). */
  read(path) {
    try {
      return decodeText(new Uint8Array(readFileSync(path)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new FileNotReadable(`${path}: cannot read the file (${code ?? String(error)})`);
    }
  },
  readBytes(path) {
    try {
      return new Uint8Array(readFileSync(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new FileNotReadable(`${path}: cannot read the file (${code ?? String(error)})`);
    }
  },
  readStart(path, length) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      const buffer = new Uint8Array(length);
      const read = readSync(fd, buffer, 0, length, 0);
      return buffer.subarray(0, read);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new FileNotReadable(`${path}: cannot read the file (${code ?? String(error)})`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  },
  remove(path) {
    rmSync(path, { force: true });
  },
  exists: existsSync,
  mkdir(path) {
    mkdirSync(path, { recursive: true });
  },
  writeAtomically(path, content) {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    const fd = openSync(temp, 'w');
    try {
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(temp, { force: true });
      throw error;
    }
    closeSync(fd);
    renameSync(temp, path);
    syncFolder(dirname(path));
  },
  note(line) {
    process.stderr.write(`${line}\n`);
  },
};

/** The folder's entry for a renamed file flushed to the disk; a platform that cannot open a folder (Windows) flushes it with the file. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows refuses to open a folder; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
