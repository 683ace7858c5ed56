/**
 * CSV reading and writing for every CSV the app exchanges (participants, codings,
 * summaries, tables). Reading is tolerant of a byte-order mark, CRLF or LF line ends,
 * column order and blank lines, and strict about the header: unknown or missing columns
 * are an error naming the line. Each row remembers the line it starts on, so later
 * validation can point the user at it. Writing follows RFC 4180 (CRLF, quotes doubled) and
 * guards every cell against formula injection; reading undoes the guard.
 */
import Papa from 'papaparse';
import { neutraliseFormula, restoreFormula } from './formula-guard.ts';
import { ImportError, normaliseText } from './import-error.ts';
import { reason } from './reasons.ts';
import { cleanText } from '../text-clean.ts';

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
    delimiter: ',',
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
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * and every cell guarded against formula injection (see formula-guard.ts).
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(rows.map((r) => r.map(neutraliseFormula)), { newline: '\r\n', escapeFormulae: false }) + '\r\n';
}

/** A list with a header row as CSV, numbers written as JavaScript writes them (26.88, not 26,88). */
export function writeSheetCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return writeCsv([header, ...rows.map((r) => r.map(String))]);
}
