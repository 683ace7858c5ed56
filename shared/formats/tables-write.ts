/**
 * Writing the published tables as files: CSV (one file per table: header row of column
 * labels, then the rows), Markdown and HTML (one document with all four tables, caption
 * above and source line below each). Multi-line cells (one quote per line) stay
 * multi-line: quoted in CSV, `<br>` in Markdown and HTML.
 */
import type { Lang, Project } from '../model.ts';
import { buildTables, type PublishedTable, type TableMode } from '../tables.ts';
import { writeCsv } from './csv.ts';

export type TableFormat = 'csv' | 'md' | 'html';
export const TABLE_FORMATS: TableFormat[] = ['csv', 'md', 'html'];

export interface ExportFile {
  name: string;
  content: string;
}

export function tableToCsv(table: PublishedTable): string {
  return writeCsv([table.columns, ...table.rows.map((r) => [r.code, r.agenda, ...r.cells])]);
}

function mdCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

export function tablesToMarkdown(tables: readonly PublishedTable[]): string {
  return tables
    .map((t) =>
      [
        `**${t.caption}**`,
        '',
        `| ${t.columns.map(mdCell).join(' | ')} |`,
        `|${t.columns.map(() => ' --- ').join('|')}|`,
        ...t.rows.map((r) => `| ${[r.code, r.agenda, ...r.cells].map(mdCell).join(' | ')} |`),
        '',
        t.footer,
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
table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:4px 6px;vertical-align:top;text-align:left}
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

export function exportTables(project: Project, options: { mode: TableMode; format: TableFormat; lang: Lang }): ExportFile[] {
  const tables = buildTables(project, options);
  const stem = 'tabel';
  switch (options.format) {
    case 'csv':
      return tables.map((t) => ({ name: `${stem}-${t.number}.csv`, content: tableToCsv(t) }));
    case 'md':
      return [{ name: `${stem}.md`, content: tablesToMarkdown(tables) }];
    case 'html':
      return [{ name: `${stem}.html`, content: tablesToHtml(tables, project.study.title, options.lang) }];
  }
}
