/**
 * The CLI's access to the disk, and its word to the user beside a command's result.
 * Writes go to a temporary file that is flushed to the disk, then renamed over the target,
 * and the folder flushed too (as SQLite does), so neither an interrupted write nor a power
 * cut after "wrote" leaves a half-written or missing project file.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeText } from '../shared/formats/text-decode.ts';

export interface Files {
  read(path: string): string;
  readBytes(path: string): Uint8Array;
  /** The first `length` bytes (fewer when the file is shorter), without reading the rest. */
  readStart(path: string, length: number): Uint8Array;
  /** The file's size in bytes. */
  sizeOf(path: string): number;
  remove(path: string): void;
  exists(path: string): boolean;
  mkdir(path: string): void;
  writeAtomically(path: string, content: string | Uint8Array): void;
  /** Tells the user something beside the result (on stderr), e.g. a value set aside on reading a file. */
  note(line: string): void;
}

export class FileNotReadable extends Error {}

/** Refuses what is not a regular file (a folder, a device such as /dev/zero that never ends) before reading it. */
function regular(path: string): number {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new FileNotReadable(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!stats.isFile()) throw new FileNotReadable(`${path}: not a file Telaah can read (a folder or a device)`);
  return stats.size;
}

export const diskFiles: Files = {
  /** Text in whatever encoding the file uses (shared/formats/text-decode.ts). */
  read(path) {
    regular(path);
    try {
      return decodeText(new Uint8Array(readFileSync(path)));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new FileNotReadable(`${path}: cannot read the file (${code ?? String(error)})`);
    }
  },
  readBytes(path) {
    regular(path);
    try {
      return new Uint8Array(readFileSync(path));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new FileNotReadable(`${path}: cannot read the file (${code ?? String(error)})`);
    }
  },
  readStart(path, length) {
    regular(path);
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
  sizeOf: regular,
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
