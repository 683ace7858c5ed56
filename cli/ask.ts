/**
 * The CLI's questions to a study: search as keyword-in-context lines, word frequencies by
 * group, and code co-occurrence, each printed or written as CSV, through the same shared/
 * code as the app. Exports name participants as the study's setting (or --names) says.
 */
import { forExport } from '../shared/anonymise.ts';
import { BY_ASSISTANT_TYPE, comparisonChoices, comparisonGroups } from '../shared/comparison.ts';
import { COOCCURRENCE_UNITS, cooccurrence, cooccurrenceCsv } from '../shared/cooccurrence.ts';
import { EXPORT_NAMES, type Lang, type Project } from '../shared/model.ts';
import { FREQUENCY_GROUPS, frequenciesCsv, frequencyGroupings, wordFrequencies } from '../shared/search/frequencies.ts';
import { kwicCsv, searchStudy } from '../shared/search/kwic.ts';
import { stopwordsWith } from '../shared/search/stopwords.ts';
import { option, parseArgs, required, UsageError, type Args, csvKind } from './args.ts';
import type { Files } from './files.ts';
import { loadProject } from './project-load.ts';

const onOff = (args: Args, name: string) => option(args, name, ['on', 'off'] as const, 'on') === 'on';

function studyAsExported(files: Files, args: Args): Project {
  const path = required(args, 0, 'project file');
  const project = loadProject(files, path);
  return forExport({ ...project, study: { ...project.study, exportNames: option(args, 'names', EXPORT_NAMES, project.study.exportNames) } });
}

export const ASK_USAGE = `  search <project> "<query>" [--forms on|off] [--out hits.csv] [--names pseudonym|label] [--csv standard|excel]
  word-frequencies <project> --by ${FREQUENCY_GROUPS.join('|')}|attribute:NAME [--forms on|off] [--stopwords on|off] [--out F.csv] [--lang id|en] [--names pseudonym|label] [--csv standard|excel]
  cooccurrence <project> --unit ${COOCCURRENCE_UNITS.join('|')} [--type PKH | --compare site|affiliation|attribute:NAME --group VALUE] --out F.csv [--csv standard|excel]`;

export const ASK_COMMANDS = {
  search(argv: string[], files: Files): string {
    const args = parseArgs(argv, ['forms', 'out', 'names', 'csv']);
    const project = studyAsExported(files, args);
    const query = required(args, 1, 'query');
    const lines = searchStudy(project, query, { forms: onOff(args, 'forms') });
    const out = args.options.get('out');
    if (out) {
      files.writeAtomically(out, kwicCsv(lines, csvKind(args)));
      return `${lines.length} hit(s) of ${query}; wrote ${out}`;
    }
    return [`${lines.length} hit(s) of ${query}`, ...lines.map((l) => `${l.session} · ${l.speaker || '—'}: ${l.left}[${l.keyword}]${l.right}`)].join('\n');
  },

  'word-frequencies'(argv: string[], files: Files): string {
    const args = parseArgs(argv, ['by', 'forms', 'stopwords', 'out', 'lang', 'names', 'csv']);
    const project = studyAsExported(files, args);
    const table = wordFrequencies(project, {
      by: option(args, 'by', frequencyGroupings(project.study)),
      forms: onOff(args, 'forms'),
      stopwords: onOff(args, 'stopwords') ? stopwordsWith(project.study.stopwords) : new Set(),
      lang: option<Lang>(args, 'lang', ['id', 'en'], 'id'),
    });
    const out = args.options.get('out');
    if (out) {
      files.writeAtomically(out, frequenciesCsv(table, csvKind(args)));
      return `${table.rows.length} word(s) in ${table.groups.length} group(s); wrote ${out}`;
    }
    return [`word\t${table.groups.map((g) => g.label).join('\t')}`, ...table.rows.slice(0, 30).map((r) => `${r.word}\t${r.counts.join('\t')}`)].join('\n');
  },

  cooccurrence(argv: string[], files: Files): string {
    const args = parseArgs(argv, ['unit', 'type', 'group', 'compare', 'out', 'csv']);
    const project = studyAsExported(files, args);
    // --type PKH is --compare assistant_type --group PKH.
    const by = option(args, 'compare', comparisonChoices(project.study, 'en').map((c) => c.by), BY_ASSISTANT_TYPE);
    const key = args.options.get('type') ?? args.options.get('group') ?? null;
    const groups = comparisonGroups(project, by).map((g) => g.key);
    if (key !== null && !groups.includes(key)) throw new UsageError(`--${args.options.has('type') ? 'type' : 'group'} must be one of ${groups.join('|')}`);
    const table = cooccurrence(project, { unit: option(args, 'unit', COOCCURRENCE_UNITS), group: key === null ? null : { by, key } });
    const out = args.options.get('out');
    if (!out) throw new UsageError('--out FILE.csv is required');
    files.writeAtomically(out, cooccurrenceCsv(table, csvKind(args)));
    return `${table.codes.length} code(s); wrote ${out}`;
  },
};
