/**
 * The agreement report as a file: CSV, Excel (one sheet, header frozen) or Word (a title,
 * how it was computed, and one table), in Indonesian or English. Every figure comes with
 * its units, reading and warning, as on screen.
 */
import { writeCsv } from '../formats/csv.ts';
import type { Lang } from '../model.ts';
import type { AgreementReport, Scope } from './report.ts';

export const REPORT_FORMATS = ['xlsx', 'docx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const WORDS = {
  id: {
    title: 'Laporan kesepakatan antarpengode',
    columns: ['Lingkup', 'Kode', 'Label', 'Unit', 'Dikode', '% kesepakatan', 'Kappa Cohen', 'Alpha Krippendorff', 'Kappa Brennan–Prediger', 'Bacaan', 'Peringatan'],
    scope: { overall: 'keseluruhan', role: 'peran', code: 'kode', cell: 'sel' } satisfies Record<Scope, string>,
    turn: 'giliran bicara (apakah pengode menerapkan kode pada giliran ini?)',
    overlap: (t: number) => `tumpang tindih segmen, minimal ${Math.round(t * 100)}% dari rentang gabungan`,
    method: (a: string, b: string, sessions: number, unit: string) => `Pengode: ${a} dan ${b}. Sesi yang dibandingkan: ${sessions}. Unit analisis: ${unit}. Alpha dibaca menurut Krippendorff (2004): ≥ 0,800 andal, 0,667–0,800 kesimpulan sementara; kappa menurut Landis & Koch (1977).`,
  },
  en: {
    title: 'Inter-coder agreement report',
    columns: ['Scope', 'Code', 'Label', 'Units', 'Coded', '% agreement', "Cohen's kappa", "Krippendorff's alpha", 'Brennan–Prediger kappa', 'Reading', 'Warning'],
    scope: { overall: 'overall', role: 'role', code: 'code', cell: 'cell' } satisfies Record<Scope, string>,
    turn: 'speaker turn (did the coder apply the code to this turn?)',
    overlap: (t: number) => `segment overlap of at least ${Math.round(t * 100)}% of the joint extent`,
    method: (a: string, b: string, sessions: number, unit: string) => `Coders: ${a} and ${b}. Sessions compared: ${sessions}. Unit of analysis: ${unit}. Alpha read after Krippendorff (2004): ≥ .800 reliable, .667–.800 tentative; kappa after Landis & Koch (1977).`,
  },
} as const;

const figure = (x: number | null, lang: Lang) => (x === null ? '–' : lang === 'id' ? x.toFixed(3).replace('.', ',') : x.toFixed(3));

export function reportRows(report: AgreementReport, lang: Lang): string[][] {
  const w = WORDS[lang];
  return report.rows.map((r) => [
    w.scope[r.scope],
    r.key,
    r.label[lang],
    String(r.units),
    String(r.coded),
    r.percent === null ? '–' : `${(r.percent * 100).toFixed(1)}`.replace('.', lang === 'id' ? ',' : '.'),
    figure(r.cohen, lang),
    figure(r.alpha, lang),
    figure(r.brennanPrediger, lang),
    r.reading[lang],
    r.warning?.[lang] ?? '',
  ]);
}

export function reportMethod(report: AgreementReport, lang: Lang): string {
  const w = WORDS[lang];
  const unit = report.unit.kind === 'turn' ? w.turn : w.overlap(report.unit.threshold);
  return w.method(report.coders[0], report.coders[1], report.sessions, unit);
}

export async function writeAgreementReport(report: AgreementReport, format: ReportFormat, lang: Lang): Promise<string | Uint8Array> {
  const w = WORDS[lang];
  const rows = reportRows(report, lang);
  if (format === 'csv') return writeCsv([[...w.columns], ...rows]);
  if (format === 'xlsx') return (await import('./report-xlsx.ts')).reportToXlsx(w.title, reportMethod(report, lang), [...w.columns], rows);
  return (await import('./report-docx.ts')).reportToDocx(w.title, reportMethod(report, lang), [...w.columns], rows);
}
