/**
 * The published comparison tables: one table per role, with the columns
 * `Kode | Agenda | <one column per assistant type>`, one row per agenda in code order, a
 * caption above and a source line below, exactly as the study reported them. A codebook
 * whose roles have their own rows gives each role's table that role's rows, under the
 * heading `Uraian`. The tables are plain data here; shared/formats/tables-*.ts write them
 * as CSV, Markdown or HTML.
 */
import { codesOfRole } from './codebook.ts';
import type { Codebook, Lang, Project } from './model.ts';
import { BY_ASSISTANT_TYPE, type CompareBy } from './comparison.ts';
import { buildMatrix, cellKey, type CellQuote, type Matrix } from './matrix.ts';
import { withoutTimeMarks } from './time-marks.ts';

/**
 * What a cell holds: the researcher's summary, every quote, the exemplar quotes chosen
 * for the cell (in their order), the number of segments, or the summary followed by the
 * exemplars.
 */
export type TableMode = 'summary' | 'quotes' | 'exemplars' | 'counts' | 'summary+exemplars';
export const TABLE_MODES: TableMode[] = ['summary', 'quotes', 'exemplars', 'counts', 'summary+exemplars'];

export interface TableOptions {
  mode: TableMode;
  lang: Lang;
  /** Number of the first table (a thesis chapter may need "Tabel 4.5": start 5, prefix "4."). */
  tableStart?: number;
  /** Text put before each table number, e.g. "4." for "Tabel 4.5". */
  numberPrefix?: string;
  /** Caption and footer with `{n}`, `{role}`, `{year}`; the published wording by default. */
  captionTemplate?: string;
  footerTemplate?: string;
  /** Role numbers to include, in codebook order; all by default. */
  roles?: number[];
  /** Quotes end with `(speaker, session)`; on by default. */
  attribution?: boolean;
  /** The columns: assistant types (the published tables), or a participant attribute's values. */
  by?: CompareBy;
}

export interface TableRow {
  code: string;
  agenda: string;
  /** One cell per column: per assistant type in the study's order, or per value of the attribute compared. */
  cells: string[];
}

export interface PublishedTable {
  number: number;
  role: number;
  caption: string;
  /** The caption's start up to the table's number ("Tabel 4.1"), '' when the caption has no number. */
  label: string;
  columns: string[];
  rows: TableRow[];
  footer: string;
}

export const TABLE_WORDS = {
  id: { caption: 'Tabel {n} Peran Pendamping Sosial sebagai {role}', code: 'Kode', agenda: 'Agenda', footer: 'Sumber: Hasil Penelitian, {year}' },
  en: { caption: 'Table {n} Role of Social Assistants as {role}', code: 'Code', agenda: 'Agenda', footer: 'Source: research results, {year}' },
} as const;

/** Words of a table whose rows are a role's own codes rather than the shared agendas. */
const OWN_ROW_WORDS = {
  id: { caption: 'Tabel {n} {role}', agenda: 'Uraian' },
  en: { caption: 'Table {n} {role}', agenda: 'Item' },
} as const;

/** The default caption, the column headings and the footer of a codebook's tables. */
export function tableWords(codebook: Codebook, lang: Lang): { caption: string; code: string; agenda: string; footer: string } {
  return codebook.sharedRows ? TABLE_WORDS[lang] : { ...TABLE_WORDS[lang], ...OWN_ROW_WORDS[lang] };
}

/** The table numbers' prefix a study's tables have until another is chosen: its codes' prefix ("4." gives "Tabel 4.1"), as the published tables are numbered. */
export function studyNumberPrefix(study: { codebook: Pick<Codebook, 'prefix'> }): string {
  return study.codebook.prefix.trim() === '' ? '' : `${study.codebook.prefix.trim()}.`;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** One quote line as the tables print it: the text in quotation marks, then `(speaker, session)`. */
export function quoteLine(text: string, speaker: string, session: string): string {
  const who = [speaker, session].filter((s) => s !== '').join(', ');
  const flat = `“${withoutTimeMarks(text).replace(/\s+/g, ' ').trim()}”`;
  return who === '' ? flat : `${flat} (${who})`;
}

function cellContent(project: Project, matrix: Matrix, code: string, type: string, mode: TableMode, attribution: boolean): string {
  const quotes = matrix.cells.get(cellKey(code, type))?.quotes ?? [];
  // Summaries and exemplars belong to the cells of assistant types; another comparison's cells have none.
  const summary = matrix.by === BY_ASSISTANT_TYPE ? project.summaries.find((s) => s.code === code && s.assistantType === type) : undefined;
  const line = (q: CellQuote) => (attribution ? quoteLine(q.segment.text, q.speaker, q.session) : quoteLine(q.segment.text, '', ''));
  // Exemplars are quoted in the order chosen; one that no longer counts for the cell is left out.
  const exemplars = () => (summary?.exemplars ?? []).flatMap((id) => quotes.filter((q) => q.segment.id === id)).map(line);
  switch (mode) {
    case 'counts':
      return String(quotes.length);
    case 'quotes':
      return quotes.map(line).join('\n');
    case 'exemplars':
      return exemplars().join('\n');
    case 'summary':
      return summary?.text ?? '';
    case 'summary+exemplars': {
      // The summary, a blank line, then the quotes: the reader sees where the writing ends and the speakers begin.
      const text = summary?.text.trim() ?? '';
      const quoted = exemplars();
      return text !== '' && quoted.length > 0 ? `${text}\n\n${quoted.join('\n')}` : text || quoted.join('\n');
    }
  }
}

export function buildTables(project: Project, options: TableOptions): PublishedTable[] {
  const { study } = project;
  const words = tableWords(study.codebook, options.lang);
  const matrix = buildMatrix(project, options.by);
  const roles = study.codebook.roles.filter((r) => !options.roles || options.roles.includes(r.number));
  const start = options.tableStart ?? 1;
  const attribution = options.attribution ?? true;
  const captionTemplate = options.captionTemplate ?? words.caption;
  return roles.map((role, index) => {
    const number = start + index;
    const n = `${options.numberPrefix ?? ''}${number}`;
    return {
      number,
      role: role.number,
      caption: fill(captionTemplate, { n, role: role.name[options.lang], year: study.year }),
      label: captionTemplate.includes('{n}') ? fill(captionTemplate.slice(0, captionTemplate.indexOf('{n}') + 3), { n, role: role.name[options.lang], year: study.year }).trim() : '',
      columns: [words.code, words.agenda, ...matrix.groups.map((g) => g.label)],
      rows: codesOfRole(study.codebook, role.number).map((c) => ({
        code: c.code,
        agenda: c.agenda.label[options.lang],
        cells: matrix.groups.map((g) => cellContent(project, matrix, c.code, g.key, options.mode, attribution)),
      })),
      footer: fill(options.footerTemplate ?? words.footer, { n, role: role.name[options.lang], year: study.year }),
    };
  });
}
