/**
 * The published tables as LaTeX for thesis writers: one `table` float per role with the
 * caption above, a `tabularx` that fills the text width (agenda and assistant-type columns
 * wrap), and the source line below. Researcher text is escaped, so no quote can break the
 * document.
 */
import type { PublishedTable } from '../tables.ts';

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '%': '\\%',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

export function escapeLatex(text: string): string {
  return text.replace(/[\\{}$&#%_~^]/g, (ch) => SPECIAL[ch] ?? ch).replace(/\n/g, ' \\newline ');
}

export function tablesToLatex(tables: readonly PublishedTable[]): string {
  const body = tables.map((t) => {
    const types = t.columns.length - 2;
    const spec = `|l|X|${'X|'.repeat(types)}`;
    const rows = t.rows.map((r) => `${[r.code, r.agenda, ...r.cells].map(escapeLatex).join(' & ')} \\\\ \\hline`);
    return [
      '\\begin{table}[htbp]',
      `\\caption*{${escapeLatex(t.caption)}}`,
      '\\small',
      `\\begin{tabularx}{\\textwidth}{${spec}}`,
      '\\hline',
      `${t.columns.map((c) => `\\textbf{${escapeLatex(c)}}`).join(' & ')} \\\\ \\hline`,
      ...rows,
      '\\end{tabularx}',
      `\\par\\smallskip\\footnotesize ${escapeLatex(t.footer)}`,
      '\\end{table}',
    ].join('\n');
  });
  return `% Requires \\usepackage{tabularx} and \\usepackage{caption}\n${body.join('\n\n')}\n`;
}
