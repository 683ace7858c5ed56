/**
 * The CLI's access to the disk. Writes go to a temporary file that is then renamed over
 * the target, so an interrupted write never leaves a half-written project file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeText } from '../shared/formats/text-decode.ts';

export interface Files {
  read(path: string): string;
  readBytes(path: string): Uint8Array;
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
