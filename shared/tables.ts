/**
 * The published comparison tables: one table per role, with the columns
 * `Kode | Agenda | <one column per assistant type>`, one row per agenda in code order, a
 * caption above and a source line below, exactly as the study reported them. The tables
 * are plain data here; shared/formats/tables-*.ts write them as CSV, Markdown or HTML.
 */
import { codesOfRole } from './codebook.ts';
import type { Lang, Project } from './model.ts';
import { buildMatrix, cellKey, type Matrix } from './matrix.ts';

export type TableMode = 'summary' | 'quotes' | 'counts';
export const TABLE_MODES: TableMode[] = ['summary', 'quotes', 'counts'];

export interface TableOptions {
  mode: TableMode;
  lang: Lang;
}

export interface TableRow {
  code: string;
  agenda: string;
  /** One cell per assistant type, in the study's order. */
  cells: string[];
}

export interface PublishedTable {
  number: number;
  role: number;
  caption: string;
  columns: string[];
  rows: TableRow[];
  footer: string;
}

const WORDS = {
  id: { caption: 'Tabel {n} Peran Pendamping Sosial sebagai {role}', code: 'Kode', agenda: 'Agenda', footer: 'Sumber: Hasil Penelitian, {year}' },
  en: { caption: 'Table {n} Role of Social Assistants as {role}', code: 'Code', agenda: 'Agenda', footer: 'Source: research results, {year}' },
} as const;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** One quote line as the tables print it: the text, then `(speaker, session)`. */
export function quoteLine(text: string, speaker: string, session: string): string {
  const who = [speaker, session].filter((s) => s !== '').join(', ');
  const flat = text.replace(/\s+/g, ' ').trim();
  return who === '' ? flat : `${flat} (${who})`;
}

function cellContent(project: Project, matrix: Matrix, code: string, type: string, mode: TableMode): string {
  const quotes = matrix.cells.get(cellKey(code, type))?.quotes ?? [];
  switch (mode) {
    case 'counts':
      return String(quotes.length);
    case 'quotes':
      return quotes.map((q) => quoteLine(q.segment.text, q.speaker, q.session)).join('\n');
    case 'summary':
      return project.summaries.find((s) => s.code === code && s.assistantType === type)?.text ?? '';
  }
}

export function buildTables(project: Project, options: TableOptions): PublishedTable[] {
  const { study } = project;
  const words = WORDS[options.lang];
  const matrix = buildMatrix(project);
  return study.codebook.roles.map((role, index) => {
    const number = index + 1;
    return {
      number,
      role: role.number,
      caption: fill(words.caption, { n: number, role: role.name[options.lang] }),
      columns: [words.code, words.agenda, ...study.assistantTypes.map((t) => t.label)],
      rows: codesOfRole(study.codebook, role.number).map((c) => ({
        code: c.code,
        agenda: c.agenda.label[options.lang],
        cells: study.assistantTypes.map((t) => cellContent(project, matrix, c.code, t.key, options.mode)),
      })),
      footer: fill(words.footer, { year: study.year }),
    };
  });
}
