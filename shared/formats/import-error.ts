/**
 * The one error every importer throws: it names the file and the line (or CSV row) and
 * says what is wrong, so the user can open the file and fix it. Importers throw before
 * changing anything, which keeps every import all-or-nothing. The message is English (for
 * the CLI and logs); `describeImportError` gives it in the UI's language.
 */
import type { Lang } from '../model.ts';
import { describeReason, reason, type Reason } from './reasons.ts';
import { lineProblem, MAX_NAME_LENGTH, nameProblem, NameSkeletons } from '../text-clean.ts';

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

/**
 * Text of an imported file with its byte-order mark removed and line endings made `\n`.
 * A NUL character means the file is not text (a spreadsheet, an image, a zip): that is
 * refused here, naming the line, rather than imported as garbage.
 */
export function normaliseText(text: string, file: string): string {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nul = normal.indexOf('\u0000');
  if (nul >= 0) throw new ImportError(file, normal.slice(0, nul).split('\n').length, reason('file.binary'));
  return normal;
}

/** Why a name (a participant's label, a speaker; with `label`, a code's or a coder's) is not one sane line, or null when it is. */
export function nameReason(name: string, kind: 'person' | 'label' = 'person'): Reason | null {
  const problem = kind === 'person' ? nameProblem(name) : lineProblem(name);
  if (problem === 'tooLong') return reason('name.tooLong', { length: name.length, max: MAX_NAME_LENGTH });
  return problem ? reason(`name.${problem}`, { name: name.slice(0, 60) }) : null;
}

/** A name that only looks like `other` (a participant's; with `coder.lookalike`, a coder's), with the characters that differ (code points shown, since they look alike). */
export function lookalikeReason(name: string, other: string, key: 'name.lookalike' | 'coder.lookalike' = 'name.lookalike'): Reason {
  const differs = [...new Set([...name].filter((c) => !other.includes(c)))]
    .map((c) => `"${c}" U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
  return reason(key, { name, other, differs: differs || '—' });
}

/** Why a label cannot join these others: one of them already, or only looking like one. */
export function labelClash(label: string, others: readonly string[]): Reason | null {
  if (others.includes(label)) return reason('participant.labelTaken', { label });
  const lookalike = new NameSkeletons(others).lookalike(label);
  return lookalike === undefined ? null : lookalikeReason(label, lookalike);
}

/** Refuses a name that is not one sane line, naming the file and line. */
export function checkName(name: string, file: string, line: number | null, kind: 'person' | 'label' = 'person'): void {
  const why = nameReason(name, kind);
  if (why) throw new ImportError(file, line, why);
}
