/**
 * Codebook files by extension (`.csv`, `.qdc`), and putting an imported codebook into a
 * study: all or nothing, refused when a code that segments use would disappear.
 */
import { listCodes } from '../codebook.ts';
import type { Codebook, Project } from '../model.ts';
import { exportCodebookCsv, parseCodebookCsv } from './codebook-csv.ts';
import { exportCodebookQdc, parseCodebookQdc } from './codebook-qdc.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';
import type { CsvKind } from './csv.ts';

export type CodebookFormat = 'csv' | 'qdc';

const baseName = (file: string) => (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');

export function parseCodebookFile(raw: string, file: string): Codebook {
  const ext = file.toLowerCase().split('.').pop();
  if (ext === 'csv') return parseCodebookCsv(raw, file, baseName(file));
  if (ext === 'qdc' || ext === 'xml') return parseCodebookQdc(raw, file, baseName(file));
  throw new ImportError(file, null, reason('codebook.unknownFormat'));
}

export function writeCodebookFile(codebook: Codebook, format: CodebookFormat, seed: string, csvKind: CsvKind = 'standard'): { name: string; content: string } {
  return format === 'csv' ? { name: 'buku-kode.csv', content: exportCodebookCsv(codebook, csvKind) } : { name: 'buku-kode.qdc', content: exportCodebookQdc(codebook, seed) };
}

/** The project with a new codebook, if every code its segments and summaries use is in it. */
export function withImportedCodebook(project: Project, codebook: Codebook, file: string): Project {
  const known = new Set(listCodes(codebook).map((c) => c.code));
  const uses = new Map<string, number>();
  for (const s of project.segments) for (const c of s.codes) if (!known.has(c)) uses.set(c, (uses.get(c) ?? 0) + 1);
  for (const s of project.summaries) if (!known.has(s.code)) uses.set(s.code, uses.get(s.code) ?? 0);
  const [missing] = uses;
  if (missing) throw new ImportError(file, null, reason('codebook.codeInUse', { code: missing[0], count: missing[1] }));
  return { ...project, study: { ...project.study, codebook } };
}
