/**
 * The one error every importer throws: it names the file and the line (or CSV row) and
 * says what is wrong, so the user can open the file and fix it. Importers throw before
 * changing anything, which keeps every import all-or-nothing.
 */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Text of an imported file with its byte-order mark removed and line endings made `\n`. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
