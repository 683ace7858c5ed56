/**
 * Summaries CSV (`code,assistant_type,summary`): the researcher's summary for each matrix
 * cell. Multi-line summaries are quoted as RFC 4180 says. An empty summary clears the cell.
 */
import { findCode } from '../codebook.ts';
import type { CellSummary, Project } from '../model.ts';
import { isAssistantType } from '../study.ts';
import { readCsv, writeCsv, type CsvKind } from './csv.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';

export function setSummary(summaries: readonly CellSummary[], next: CellSummary): CellSummary[] {
  const rest = summaries.filter((s) => !(s.code === next.code && s.assistantType === next.assistantType));
  return next.text.trim() === '' && next.exemplars.length === 0 ? rest : [...rest, next];
}

export function importSummaries(project: Project, csv: string, file: string): Project {
  const rows = readCsv(csv, file, { required: ['code', 'assistant_type', 'summary'] });
  let summaries = [...project.summaries];
  const seen = new Map<string, number>();
  for (const { line, values } of rows) {
    const code = (values.code ?? '').trim();
    const type = (values.assistant_type ?? '').trim();
    if (!findCode(project.study.codebook, code)) throw new ImportError(file, line, reason('unknownCode', { code }));
    if (!isAssistantType(project.study, type)) throw new ImportError(file, line, reason('unknownType', { type }));
    const key = `${code}|${type}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new ImportError(file, line, reason('summary.twice', { code, type, line: earlier }));
    seen.set(key, line);
    const exemplars = summaries.find((s) => s.code === code && s.assistantType === type)?.exemplars ?? [];
    summaries = setSummary(summaries, { code, assistantType: type, text: (values.summary ?? '').trim(), exemplars });
  }
  return { ...project, summaries };
}

export function exportSummaries(project: Project, kind: CsvKind = 'standard'): string {
  return writeCsv([['code', 'assistant_type', 'summary'], ...project.summaries.map((s) => [s.code, s.assistantType, s.text])], kind);
}
