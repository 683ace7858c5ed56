/**
 * The one error every importer throws: it names the file and the line (or CSV row) and
 * says what is wrong, so the user can open the file and fix it. Importers throw before
 * changing anything, which keeps every import all-or-nothing. The message is English (for
 * the CLI and logs); `describeImportError` gives it in the UI's language.
 */
import type { Lang } from '../model.ts';
import { describeReason, type Reason } from './reasons.ts';

export class ImportError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: Reason;

  constructor(file: string, line: number | null, reason: Reason) {
    super(`${file}${line === null ? '' : `:${line}`}: ${describeReason(reason, 'en')}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

export function describeImportError(error: ImportError, lang: Lang): string {
  return `${error.file}${error.line === null ? '' : `:${error.line}`}: ${describeReason(error.reason, lang)}`;
}

/** Text of an imported file with its byte-order mark removed and line endings made `\n`. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
