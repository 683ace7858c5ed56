/**
 * Writing the published tables as files: CSV (one file per table: header row of column
 * labels, then the rows), Markdown, HTML and LaTeX (one document with all tables, caption
 * above and source line below each), Word and Excel (loaded on demand). Multi-line cells
 * (one quote per line) stay multi-line: quoted in CSV, `<br>` in Markdown and HTML.
 */
import { strToU8, zipSync } from 'fflate';
import { codesOfRole } from '../codebook.ts';
import type { CompareBy } from '../comparison.ts';
import { buildMatrix, cellCount } from '../matrix.ts';
import type { Lang, Project } from '../model.ts';
import { buildTables, tableWords, type PublishedTable, type TableOptions } from '../tables.ts';
import { writeCsv, type CsvKind } from './csv.ts';
import { tablesToLatex } from './tables-latex.ts';

export type TextTableFormat = 'csv' | 'md' | 'html' | 'tex';
export type TableFormat = TextTableFormat | 'docx' | 'xlsx';
export const TABLE_FORMATS: TableFormat[] = ['docx', 'xlsx', 'csv', 'md', 'html', 'tex'];

export interface ExportFile {
  name: string;
  content: string | Uint8Array;
}

export function tableToCsv(table: PublishedTable, kind: CsvKind = 'standard'): string {
  return writeCsv([table.columns, ...table.rows.map((r) => [r.code, r.agenda, ...r.cells])], kind);
}

/**
 * A Markdown table cell: pipes escaped, line breaks as <br>, and &, < and > as entities, so
 * HTML in a quote shows as text in every Markdown renderer instead of becoming markup.
 */
function mdCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

export function tablesToMarkdown(tables: readonly PublishedTable[]): string {
  return tables
    .map((t) =>
      [
        `**${mdCell(t.caption)}**`,
        '',
        `| ${t.columns.map(mdCell).join(' | ')} |`,
        `|${t.columns.map(() => ' --- ').join('|')}|`,
        ...t.rows.map((r) => `| ${[r.code, r.agenda, ...r.cells].map(mdCell).join(' | ')} |`),
        '',
        mdCell(t.footer),
      ].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function htmlCell(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/** The tables as HTML elements only (no document around them), as the app's preview shows them. */
/**
 * The tables with each cell cut to its first `lines` lines and a last line `… (+n)` telling
 * how many more the file holds: a preview of a study with thousands of quotes shows their
 * layout at once. `cut` counts the cells that were cut.
 */
export function previewTables(tables: readonly PublishedTable[], lines: number): { tables: PublishedTable[]; cut: number } {
  let cut = 0;
  const cell = (text: string) => {
    const all = text.split('\n');
    if (all.length <= lines) return text;
    cut++;
    return [...all.slice(0, lines), `… (+${all.length - lines})`].join('\n');
  };
  return { tables: tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ ...r, cells: r.cells.map(cell) })) })), cut };
}

export function tablesToHtmlBody(tables: readonly PublishedTable[]): string {
  return tables
    .map(
      (t) =>
        `<figure class="telaah-table">\n<figcaption>${escapeHtml(t.caption)}</figcaption>\n<table>\n<thead><tr>${t.columns
          .map((c) => `<th>${escapeHtml(c)}</th>`)
          .join('')}</tr></thead>\n<tbody>\n${t.rows
          .map((r) => `<tr>${[r.code, r.agenda, ...r.cells].map((c) => `<td>${htmlCell(c)}</td>`).join('')}</tr>`)
          .join('\n')}\n</tbody>\n</table>\n<p class="source">${escapeHtml(t.footer)}</p>\n</figure>`,
    )
    .join('\n');
}

const HTML_STYLE = `body{font-family:"Times New Roman",serif;font-size:12pt;max-width:60em;margin:2em auto}
figure{margin:0 0 2em}figcaption{font-weight:bold;margin-bottom:.4em}
table{border-collapse:collapse;width:100%;table-layout:fixed}th:first-child{width:4.5em}th:nth-child(2){width:34%}th,td{border:1px solid #000;padding:4px 6px;vertical-align:top;text-align:left}
th{font-weight:bold}.source{font-size:10pt;margin-top:.3em}`;

export function tablesToHtml(tables: readonly PublishedTable[], title: string, lang: Lang): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
${tablesToHtmlBody(tables)}
</body>
</html>
`;
}

/** How a Word table looks: every cell ruled, or horizontal rules only as Indonesian thesis guides ask. */
export type WordTableStyle = 'grid' | 'thesis';
export const WORD_TABLE_STYLES: readonly WordTableStyle[] = ['grid', 'thesis'];

export function isTextTableFormat(format: TableFormat): format is TextTableFormat {
  return format !== 'docx' && format !== 'xlsx';
}

/** The text formats, written at once (also what the app previews). */
export function exportTextTables(project: Project, options: TableOptions & { format: TextTableFormat; csvKind?: CsvKind }): { name: string; content: string }[] {
  const tables = buildTables(project, options);
  switch (options.format) {
    case 'csv':
      return tables.map((t) => ({ name: `tabel-${t.number}.csv`, content: tableToCsv(t, options.csvKind) }));
    case 'md':
      return [{ name: 'tabel.md', content: tablesToMarkdown(tables) }];
    case 'html':
      return [{ name: 'tabel.html', content: tablesToHtml(tables, project.study.title, options.lang) }];
    case 'tex':
      return [{ name: 'tabel.tex', content: tablesToLatex(tables) }];
  }
}

/** The count matrix of every code and column (assistant type, or the attribute compared), for the workbook's overview sheet. */
export function countOverview(project: Project, lang: Lang, by?: CompareBy) {
  const { study } = project;
  const matrix = buildMatrix(project, by);
  const words = tableWords(study.codebook, lang);
  return {
    title: lang === 'id' ? 'Ringkasan jumlah' : 'Count overview',
    columns: [words.code, words.agenda, ...matrix.groups.map((g) => g.label)],
    rows: study.codebook.roles.flatMap((role) =>
      codesOfRole(study.codebook, role.number).map((c) => [c.code, c.agenda.label[lang], ...matrix.groups.map((g) => cellCount(matrix, c.code, g.key))]),
    ),
  };
}

/** Several files as one zip, e.g. the CSV tables, so a browser downloads one file rather than asking to allow several. */
export function zipFiles(files: readonly ExportFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, typeof f.content === 'string' ? strToU8(f.content) : f.content])), { mtime: new Date('2000-01-01T00:00:00Z') });
}

export async function exportTables(project: Project, options: TableOptions & { format: TableFormat; csvKind?: CsvKind; wordStyle?: WordTableStyle }): Promise<ExportFile[]> {
  const { format } = options;
  if (isTextTableFormat(format)) return exportTextTables(project, { ...options, format });
  const tables = buildTables(project, options);
  if (format === 'docx') return [{ name: 'tabel.docx', content: await (await import('./tables-docx.ts')).tablesToDocx(tables, options.wordStyle) }];
  return [{ name: 'tabel.xlsx', content: await (await import('./tables-xlsx.ts')).tablesToXlsx(tables, countOverview(project, options.lang, options.by)) }];
}
