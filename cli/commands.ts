/**
 * The CLI's commands: each reads the project file and its input, runs the same shared/
 * importer or exporter the app uses, and writes the project back only when everything
 * succeeded. A failed import leaves the project file exactly as it was.
 */
import { basename, join } from 'node:path';
import { anonymiseProject, forExport } from '../shared/anonymise.ts';
import { agreementReport } from '../shared/agreement/report.ts';
import { REPORT_FORMATS, writeAgreementReport, type ReportFormat } from '../shared/agreement/report-write.ts';
import { countedBy, countedCoder, importCoderWork } from '../shared/coders.ts';
import { readQdpx } from '../shared/formats/qdpx-read.ts';
import { writeQdpx } from '../shared/formats/qdpx-write.ts';
import { exportCodings, importCodings } from '../shared/formats/codings-csv.ts';
import { importParticipants } from '../shared/formats/participants-csv.ts';
import { writeProjectFile } from '../shared/formats/project-file.ts';
import { studyNumberPrefix } from '../shared/tables.ts';
import { loadProject } from './project-load.ts';
import { importSummaries } from '../shared/formats/summaries-csv.ts';
import { exportTables, TABLE_FORMATS, WORD_TABLE_STYLES } from '../shared/formats/tables-write.ts';
import { applySpeakerMap, readSpeakerMap } from '../shared/formats/speaker-map.ts';
import { extensionOf, isTranscriptExportFormat, parseTranscriptFile, TRANSCRIPT_EXPORT_EXTENSIONS, writeTranscriptFile } from '../shared/formats/transcript-file.ts';
import { EXPORT_NAMES, type Lang, type Project } from '../shared/model.ts';
import { createStudy, emptyProject } from '../shared/study.ts';
import { TABLE_MODES } from '../shared/tables.ts';
import { BY_ASSISTANT_TYPE, comparisonChoices } from '../shared/comparison.ts';
import { parseCodebookFile, withImportedCodebook, writeCodebookFile } from '../shared/formats/codebook-file.ts';
import { findSession, importTranscript, transcriptOf } from '../shared/transcript.ts';
import { option, parseArgs, required, UsageError, csvKind } from './args.ts';
import { ASK_COMMANDS, ASK_USAGE } from './ask.ts';
import type { Files } from './files.ts';
import { transcribe } from './transcribe.ts';
import { SERVE_USAGE } from './server/main.ts';

export const USAGE = `Telaah CLI — usage: npm run -s cli -- <command>
  init <project> [--title T] [--year YYYY]
  import-participants <project> <csv>
  import-transcript <project> <file.txt|docx|vtt|srt|json|otr> --session NAME [--speakers map.csv] [--gap SECONDS]
  transcribe <project> <recording.wav> --session NAME --model ggml-FILE.bin [--language id|en|jw|su|auto] [--gap SECONDS] [--into append|replace]
  import-codings <project> <csv>
  import-summaries <project> <csv>
  import-codebook <project> <file.csv|qdc>
  export-tables <project> --mode summary|quotes|exemplars|counts|summary+exemplars --format docx|xlsx|csv|md|html|tex --out DIR [--csv standard|excel] [--word-style grid|thesis]
                [--lang id|en] [--table-start N] [--number-prefix 4.] [--roles 1,3] [--attribution on|off]
                [--caption "Tabel {n} … {role}"] [--footer "Sumber: … {year}"] [--names pseudonym|label] [--coder NAME]
                [--compare assistant_type|site|affiliation|attribute:NAME]
  export-codebook <project> <file.csv|qdc> [--csv standard|excel]
  export-codings <project> <csv> [--csv standard|excel]
  export-transcript <project> --session NAME --out FILE.txt|docx|srt|vtt [--names pseudonym|label]
  anonymise <project> <out.telaah.json>
  export-qdpx <project> <file.qdpx> [--names pseudonym|label]
  import-qdpx <file.qdpx> <new-project>
  import-coder <project> <other-coder.telaah.json>
  agreement <projectA> <projectB> --unit turn|overlap [--threshold 0.5] --out FILE.xlsx|docx|csv [--coders A,B] [--lang id|en]
${ASK_USAGE}
${SERVE_USAGE}
Tables and transcripts name participants as the study's setting says (pseudonyms unless set
to labels); --names overrides it. anonymise writes a project file without identities.`;

type Command = (argv: string[], files: Files) => string | Promise<string>;

const load = loadProject;

/** The project as an export shows it: pseudonyms or labels, as --names or the study's setting says. */
function forExportAs(project: Project, args: ReturnType<typeof parseArgs>): Project {
  const exportNames = option(args, 'names', EXPORT_NAMES, project.study.exportNames);
  return forExport({ ...project, study: { ...project.study, exportNames } });
}

function save(files: Files, path: string, project: Project): void {
  files.writeAtomically(path, writeProjectFile({ ...project, study: { ...project.study, updatedAt: new Date().toISOString() } }));
}

/** The coder with the most segments in a project file: whose work the file is. */
function mainCoder(project: Project): string {
  const counts = new Map<string, number>();
  for (const s of project.segments) if (s.coder) counts.set(s.coder, (counts.get(s.coder) ?? 0) + 1);
  const [name] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  if (!name) throw new UsageError('a project file has no segments with a coder name; name the coders with --coders A,B');
  return name;
}

/** `cmd <project> <input>`: apply one importer to the project. */
function importer(apply: (p: Project, text: string, file: string) => Project, what: string): Command {
  return (argv, files) => {
    const args = parseArgs(argv, []);
    const projectPath = required(args, 0, 'project file');
    const input = required(args, 1, what);
    const project = apply(load(files, projectPath), files.read(input), basename(input));
    save(files, projectPath, project);
    return `${basename(input)} imported into ${basename(projectPath)}`;
  };
}

export const COMMANDS: Record<string, Command> = {
  ...ASK_COMMANDS,
  init(argv, files) {
    const args = parseArgs(argv, ['title', 'year']);
    const path = required(args, 0, 'project file');
    if (files.exists(path)) throw new UsageError(`${path} already exists`);
    const year = Number(args.options.get('year') ?? new Date().getFullYear());
    if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new UsageError('--year must be a year such as 2019');
    save(files, path, emptyProject(createStudy(args.options.get('title') ?? 'Studi baru', year)));
    return `created ${path}`;
  },

  // Ctrl+C stops after the chunk being transcribed; what is done stays in the checkpoint.
  transcribe(argv, files) {
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGINT', stop);
    const io = { load: (path: string) => load(files, path), save: (path: string, p: Project) => save(files, path, p), log: (line: string) => void process.stderr.write(`${line}\n`), signal: controller.signal };
    return transcribe(argv, files, io).finally(() => process.off('SIGINT', stop));
  },
  'import-participants': importer(importParticipants, 'participants CSV'),
  'import-codings': importer((p, text, file) => importCodings(p, text, file), 'codings CSV'),
  'import-summaries': importer(importSummaries, 'summaries CSV'),
  'import-codebook': importer((p, text, file) => withImportedCodebook(p, parseCodebookFile(text, file), file), 'codebook file'),

  'export-codebook'(argv, files) {
    const args = parseArgs(argv, ['csv']);
    const project = load(files, required(args, 0, 'project file'));
    const out = required(args, 1, 'output file');
    const format = extensionOf(out);
    if (format !== 'csv' && format !== 'qdc') throw new UsageError('the output file must end in .csv or .qdc');
    if (format === 'qdc' && project.study.codebook.roles.length === 0) throw new UsageError('a codebook without roles cannot be written as .qdc');
    files.writeAtomically(out, writeCodebookFile(project.study.codebook, format, project.study.id, csvKind(args)).content);
    return `wrote ${out}`;
  },

  'import-transcript'(argv, files) {
    const args = parseArgs(argv, ['session', 'speakers', 'gap']);
    const projectPath = required(args, 0, 'project file');
    const input = required(args, 1, 'transcript file');
    const session = args.options.get('session');
    if (!session?.trim()) throw new UsageError('--session NAME is required');
    const gap = args.options.has('gap') ? Number(args.options.get('gap')) : undefined;
    if (gap !== undefined && !(gap >= 0)) throw new UsageError('--gap must be a number of seconds');
    const name = basename(input);
    const project = load(files, projectPath);
    let turns = parseTranscriptFile(name, files.readBytes(input), { gapSeconds: gap });
    const speakers = args.options.get('speakers');
    if (speakers) turns = applySpeakerMap(turns, readSpeakerMap(files.read(speakers), basename(speakers), turns));
    save(files, projectPath, importTranscript(project, session, turns, name));
    return `${name} imported as session "${session.trim()}": ${turns.length} turns`;
  },

  async 'export-tables'(argv, files) {
    const args = parseArgs(argv, ['mode', 'format', 'out', 'lang', 'table-start', 'number-prefix', 'roles', 'attribution', 'caption', 'footer', 'names', 'coder', 'compare', 'csv', 'word-style']);
    const loaded = load(files, required(args, 0, 'project file'));
    const coder = args.options.get('coder');
    if (coder !== undefined && coder !== '' && !loaded.segments.some((s) => s.coder === coder)) throw new UsageError(`--coder: no segments coded by "${coder}"`);
    const project = forExportAs(countedBy(loaded, countedCoder(loaded, coder ?? null)), args);
    const mode = option(args, 'mode', TABLE_MODES);
    const format = option(args, 'format', TABLE_FORMATS);
    const lang = option<Lang>(args, 'lang', ['id', 'en'], 'id');
    const attribution = option(args, 'attribution', ['on', 'off'], 'on') === 'on';
    const tableStart = Number(args.options.get('table-start') ?? 1);
    if (!Number.isInteger(tableStart) || tableStart < 1) throw new UsageError('--table-start must be a whole number from 1');
    const known = project.study.codebook.roles.map((r) => r.number);
    const roles = args.options.get('roles')?.split(',').map((r) => Number(r.trim().split('.').pop()));
    if (roles?.some((r) => !known.includes(r))) throw new UsageError(`--roles must list role numbers of the codebook (${known.join(',')})`);
    const by = option(args, 'compare', comparisonChoices(project.study, 'en').map((c) => c.by), BY_ASSISTANT_TYPE);
    if (by !== BY_ASSISTANT_TYPE && !['quotes', 'counts'].includes(mode)) throw new UsageError('--compare other than assistant_type needs --mode quotes or counts: summaries and exemplars belong to the cells of assistant types');
    const out = args.options.get('out');
    if (!out) throw new UsageError('--out DIR is required');
    files.mkdir(out);
    const written = await exportTables(project, {
      mode, format, lang, attribution, tableStart, roles, by,
      csvKind: csvKind(args),
      wordStyle: option(args, 'word-style', WORD_TABLE_STYLES, 'grid'),
      numberPrefix: args.options.get('number-prefix') ?? studyNumberPrefix(project.study),
      captionTemplate: args.options.get('caption'),
      footerTemplate: args.options.get('footer'),
    });
    for (const file of written) files.writeAtomically(join(out, file.name), file.content);
    return `wrote ${written.map((f) => f.name).join(', ')} to ${out}`;
  },

  'export-codings'(argv, files) {
    const args = parseArgs(argv, ['csv']);
    const project = load(files, required(args, 0, 'project file'));
    const out = required(args, 1, 'output CSV');
    files.writeAtomically(out, exportCodings(project, undefined, csvKind(args)));
    return `wrote ${out}`;
  },

  async 'export-transcript'(argv, files) {
    const args = parseArgs(argv, ['session', 'out', 'names']);
    const project = forExportAs(load(files, required(args, 0, 'project file')), args);
    const title = args.options.get('session') ?? '';
    const out = args.options.get('out');
    if (!out) throw new UsageError('--out FILE is required');
    const format = extensionOf(out);
    if (!isTranscriptExportFormat(format)) throw new UsageError(`--out must end in .${TRANSCRIPT_EXPORT_EXTENSIONS.join(', .')}`);
    const session = findSession(project, title);
    if (!session) throw new UsageError(`no session "${title}" in the project`);
    files.writeAtomically(out, await writeTranscriptFile(format, transcriptOf(project, session.id), session, 'id'));
    return `wrote ${out}`;
  },

  anonymise(argv, files) {
    const args = parseArgs(argv, []);
    const project = load(files, required(args, 0, 'project file'));
    const out = required(args, 1, 'output project file');
    files.writeAtomically(out, writeProjectFile(anonymiseProject(project)));
    return `wrote ${out}: participants by pseudonym only, no real names or consent notes`;
  },

  'import-coder'(argv, files) {
    const args = parseArgs(argv, []);
    const projectPath = required(args, 0, 'project file');
    const input = required(args, 1, "another coder's project file");
    const { project, coders } = importCoderWork(load(files, projectPath), load(files, input), basename(input));
    save(files, projectPath, project);
    return coders.length ? `imported ${coders.map((c) => `${c.name} (${c.segments} segments)`).join(', ')}` : 'nothing new: that coder\'s work is already here';
  },

  async agreement(argv, files) {
    const args = parseArgs(argv, ['unit', 'threshold', 'out', 'coders', 'lang']);
    const first = load(files, required(args, 0, 'project file of the first coder'));
    const secondPath = required(args, 1, 'project file of the second coder');
    const second = load(files, secondPath);
    const kind = option(args, 'unit', ['turn', 'overlap'] as const);
    const threshold = Number(args.options.get('threshold') ?? 0.5);
    if (!(threshold > 0 && threshold <= 1)) throw new UsageError('--threshold must be a number above 0 and at most 1');
    const out = args.options.get('out');
    if (!out) throw new UsageError('--out FILE is required');
    const format = out.toLowerCase().split('.').pop() as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) throw new UsageError(`--out must end in .${REPORT_FORMATS.join(', .')}`);
    const both = importCoderWork(first, second, basename(secondPath)).project;
    const coders = (args.options.get('coders')?.split(',').map((c) => c.trim()) ?? [mainCoder(first), mainCoder(second)]) as [string, string];
    if (coders.length !== 2 || !coders[0] || !coders[1] || coders[0] === coders[1]) throw new UsageError('--coders must name two different coders, e.g. --coders Ani,Budi');
    const report = agreementReport(both, coders, kind === 'turn' ? { kind } : { kind, threshold });
    files.writeAtomically(out, await writeAgreementReport(report, format, option<Lang>(args, 'lang', ['id', 'en'], 'id')));
    const overall = report.rows[0]!;
    return `${coders[0]} and ${coders[1]}, ${report.sessions} session(s), ${overall.units} units: alpha ${overall.alpha?.toFixed(3) ?? '–'}, kappa ${overall.cohen?.toFixed(3) ?? '–'}; wrote ${out}`;
  },

  'export-qdpx'(argv, files) {
    const args = parseArgs(argv, ['names']);
    const project = forExportAs(load(files, required(args, 0, 'project file')), args);
    const out = required(args, 1, 'output .qdpx');
    if (!out.toLowerCase().endsWith('.qdpx')) throw new UsageError('the output must end in .qdpx');
    files.writeAtomically(out, writeQdpx(project));
    return `wrote ${out}: ${project.sessions.length} session(s), ${project.segments.length} segment(s)`;
  },

  'import-qdpx'(argv, files) {
    const args = parseArgs(argv, []);
    const input = required(args, 0, '.qdpx file');
    const out = required(args, 1, 'new project file');
    if (files.exists(out)) throw new UsageError(`${out} exists; import-qdpx writes a new project file`);
    const { project, skipped } = readQdpx(files.readBytes(input), basename(input));
    save(files, out, project);
    const left = skipped.selections + skipped.sources + skipped.codings;
    return `wrote ${out}: ${project.sessions.length} session(s), ${project.segments.length} segment(s)${left ? `; not placed: ${skipped.selections} selection(s), ${skipped.sources} source(s) without text, ${skipped.codings} coding(s) to codes not in the code tree` : ''}`;
  },
};
