/**
 * Spreadsheet formula injection guard for every CSV and XLSX cell Telaah writes. A cell
 * that begins with `=`, `+`, `-`, `@`, a tab or a carriage return (or the full-width
 * `＝ ＋ － ＠`, which some spreadsheet programs fold to their ASCII forms) could be run as a
 * formula when the file is opened; OWASP's CSV-injection guidance is to prefix it with an
 * apostrophe so it stays text. A summary written as `- bullet` therefore leaves as
 * `'- bullet`.
 *
 * The prefix is undone when Telaah reads its own CSV back, so exporting and importing
 * codings or summaries gives the same text. To keep that exact, a cell that already
 * begins with apostrophes before such a character gets one more, and reading removes one.
 */

import { withoutForbidden } from '../text-clean.ts';

// A line feed joins them because reading a file turns a carriage return into one.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

/** The first character after any leading apostrophes, if it is a formula trigger. */
function guarded(cell: string): boolean {
  let i = 0;
  while (cell[i] === "'") i++;
  return i < cell.length && TRIGGERS.has(cell[i]!);
}

/** The cell as written to a CSV or XLSX file: text that cannot start a formula, without characters XML (so .xlsx) cannot hold. */
export function neutraliseFormula(given: string): string {
  const cell = withoutForbidden(given);
  return guarded(cell) ? `'${cell}` : cell;
}

/** A cell read from a CSV file Telaah wrote, with the guard's apostrophe removed. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && guarded(cell) ? cell.slice(1) : cell;
}
