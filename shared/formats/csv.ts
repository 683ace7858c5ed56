/**
 * CSV reading and writing for every CSV the app exchanges (participants, codings,
 * summaries, tables). Reading is tolerant of a byte-order mark, CRLF or LF line ends,
 * column order and blank lines, and strict about the header: unknown or missing columns
 * are an error naming the line. Each row remembers the line it starts on, so later
 * validation can point the user at it. Writing follows RFC 4180 (CRLF, quotes doubled) and
 * guards every cell against formula injection; reading undoes the guard.
 *
 * Two kinds are written, and both are read: the standard one (UTF-8, `,`) and "CSV for
 * Excel" (a UTF-8 byte-order mark, `;`, decimal commas), which Excel on Windows under an
 * Indonesian or most European regional settings opens as columns with every letter intact.
 */
import Papa from 'papaparse';
import { neutraliseFormula, restoreFormula } from './formula-guard.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason } from './reasons.ts';
import { cleanText } from '../text-clean.ts';

/** `standard`: RFC 4180, UTF-8, comma. `excel`: UTF-8 with a byte-order mark, semicolon, decimal comma. */
export type CsvKind = 'standard' | 'excel';
export const CSV_KINDS: readonly CsvKind[] = ['standard', 'excel'];

const BOM = '\uFEFF';

/** The separator a file uses, from its header line (column names hold neither `,` nor `;`). */
function separatorOf(text: string): ',' | ';' {
  const header = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export interface CsvRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  values: Record<string, string>;
}

export interface CsvShape {
  required: readonly string[];
  optional?: readonly string[];
  /** Columns beyond these are read too (the caller decides what they mean); an unnamed one is still refused. */
  extra?: boolean;
}

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

export function readCsv(raw: string, file: string, shape: CsvShape): CsvRow[] {
  const text = cleanText(normaliseText(raw, file));
  const lineOf = lineFinder(text);
  const records: { line: number; fields: string[] }[] = [];
  let cursor = 0;
  let failure: ImportError | null = null;
  Papa.parse<string[]>(text, {
    newline: '\n',
    delimiter: separatorOf(text),
    step: (result, parser) => {
      const line = lineOf(cursor);
      const problem = result.errors[0];
      if (problem) {
        failure = new ImportError(file, line, reason('csv.invalid', { detail: problem.message }));
        parser.abort();
        return;
      }
      cursor = result.meta.cursor + 1;
      const fields = result.data;
      if (fields.length === 1 && fields[0]?.trim() === '') return;
      records.push({ line, fields });
    },
  });
  if (failure) throw failure;

  const header = records.shift();
  if (!header) throw new ImportError(file, 1, reason('csv.empty', { expected: shape.required.join(',') }));
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const allowed = new Set([...shape.required, ...(shape.optional ?? [])]);
  const unknown = columns.find((c) => !allowed.has(c) && !(shape.extra && c !== ''));
  if (unknown !== undefined) {
    throw new ImportError(file, header.line, reason('csv.unknownColumn', { column: unknown, expected: shape.required.join(',') }));
  }
  // A column given twice would silently take the last value: refused, naming it.
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice !== undefined) throw new ImportError(file, header.line, reason('csv.duplicateColumn', { column: twice }));
  const missing = shape.required.find((c) => !columns.includes(c));
  if (missing !== undefined) {
    throw new ImportError(file, header.line, reason('csv.missingColumn', { column: missing, expected: shape.required.join(',') }));
  }
  return records.map(({ line, fields }) => {
    if (fields.length !== columns.length) {
      throw new ImportError(file, line, reason('csv.fieldCount', { expected: columns.length, found: fields.length }));
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => (values[c] = restoreFormula(fields[i] ?? '')));
    return { line, values };
  });
}

/**
 * CSV with CRLF line ends, fields quoted when they hold the separator, a quote or a line
 * break, and every cell guarded against formula injection (see formula-guard.ts); for
 * Excel with a byte-order mark and `;` between fields.
 */
export function writeCsv(rows: readonly (readonly string[])[], kind: CsvKind = 'standard'): string {
  const body = Papa.unparse(
    rows.map((r) => r.map(neutraliseFormula)),
    { newline: '\r\n', escapeFormulae: false, delimiter: kind === 'excel' ? ';' : ',' },
  );
  return `${kind === 'excel' ? BOM : ''}${body}\r\n`;
}

/** A list with a header row as CSV; numbers as the kind's reader takes them (26.88, or 26,88 for Excel). */
export function writeSheetCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[], kind: CsvKind = 'standard'): string {
  const number = (n: number) => (kind === 'excel' ? String(n).replace('.', ',') : String(n));
  return writeCsv([header, ...rows.map((r) => r.map((cell) => (typeof cell === 'number' ? number(cell) : cell)))], kind);
}
