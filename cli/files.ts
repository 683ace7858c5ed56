/**
 * The CLI's access to the disk. Writes go to a temporary file that is then renamed over
 * the target, so an interrupted write never leaves a half-written project file.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    writeFileSync(temp, content);
    renameSync(temp, path);
  },
};
