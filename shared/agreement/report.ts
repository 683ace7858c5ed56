/**
 * The agreement report: percent agreement, Cohen's kappa, Krippendorff's alpha and
 * Brennan–Prediger's kappa overall, per role, per code and per matrix cell (code ×
 * assistant type), each with the number of units behind it, a plain-language reading in
 * Indonesian and English, and a warning when it rests on too few units or codings.
 *
 * Readings: alpha after Krippendorff (2004, p. 241): ≥ .800 reliable, ≥ .667 enough for
 * tentative conclusions, below that unreliable; kappa after Landis and Koch (1977):
 * ≤ 0 poor, to .20 slight, .40 fair, .60 moderate, .80 substantial, above almost perfect.
 */
import { listCodes } from '../codebook.ts';
import type { Bilingual, Project } from '../model.ts';
import { sharedSessions, tallies, type AgreementUnit, type Decision } from './units.ts';
import { addTally, binaryAgreement, NO_DECISIONS, type Tally } from './statistics.ts';

export type Scope = 'overall' | 'role' | 'code' | 'cell';

export interface AgreementFigures {
  /** Units (unit × code decisions) behind the figures. */
  units: number;
  /** Decisions where at least one coder applied the code. */
  coded: number;
  percent: number | null;
  cohen: number | null;
  alpha: number | null;
  brennanPrediger: number | null;
}

export interface AgreementRow extends AgreementFigures {
  scope: Scope;
  /** `4.1`, `4.1.3`, `4.1.3 · PKH`, or '' overall. */
  key: string;
  label: Bilingual;
  reading: Bilingual;
  /** Set when the figures rest on too little to read them. */
  warning: Bilingual | null;
}

export interface AgreementReport {
  coders: [string, string];
  unit: AgreementUnit;
  sessions: number;
  rows: AgreementRow[];
}

/** Fewer units, or fewer units where anyone applied the code, and a figure is flagged. */
export const MIN_UNITS = 10;
export const MIN_CODED = 5;

/** The figures of counted decisions. */
export function tallyFigures(t: Tally): AgreementFigures {
  return { units: t.both + t.onlyA + t.onlyB + t.neither, coded: t.both + t.onlyA + t.onlyB, ...binaryAgreement(t) };
}

/** The figures of listed decisions, counted first. */
export function figures(ds: readonly Decision[]): AgreementFigures {
  const t = { ...NO_DECISIONS };
  for (const d of ds) {
    if (d.a && d.b) t.both++;
    else if (d.a) t.onlyA++;
    else if (d.b) t.onlyB++;
    else t.neither++;
  }
  return tallyFigures(t);
}

export function readAlpha(alpha: number | null): Bilingual {
  if (alpha === null) return { id: 'tidak dapat dihitung: tidak ada variasi (semua keputusan sama)', en: 'cannot be computed: no variation (every decision the same)' };
  if (alpha >= 0.8) return { id: 'andal (α ≥ 0,800)', en: 'reliable (α ≥ .800)' };
  if (alpha >= 0.667) return { id: 'hanya untuk kesimpulan sementara (0,667 ≤ α < 0,800)', en: 'tentative conclusions only (.667 ≤ α < .800)' };
  return { id: 'tidak andal (α < 0,667)', en: 'not reliable (α < .667)' };
}

export function readKappa(kappa: number | null): Bilingual {
  if (kappa === null) return { id: 'tidak dapat dihitung', en: 'cannot be computed' };
  if (kappa <= 0) return { id: 'buruk', en: 'poor' };
  if (kappa <= 0.2) return { id: 'sangat lemah', en: 'slight' };
  if (kappa <= 0.4) return { id: 'lemah', en: 'fair' };
  if (kappa <= 0.6) return { id: 'sedang', en: 'moderate' };
  if (kappa <= 0.8) return { id: 'kuat', en: 'substantial' };
  return { id: 'hampir sempurna', en: 'almost perfect' };
}

function reading(f: AgreementFigures): Bilingual {
  const alpha = readAlpha(f.alpha);
  const kappa = readKappa(f.cohen);
  return { id: `Alpha: ${alpha.id}; kappa Cohen: ${kappa.id} (Landis & Koch).`, en: `Alpha: ${alpha.en}; Cohen's kappa: ${kappa.en} (Landis & Koch).` };
}

function warning(f: AgreementFigures): Bilingual | null {
  if (f.units < MIN_UNITS) return { id: `Hanya ${f.units} unit: terlalu sedikit untuk dibaca.`, en: `Only ${f.units} units: too few to read.` };
  if (f.coded < MIN_CODED) return { id: `Kode hanya diterapkan pada ${f.coded} unit: angka ini rapuh.`, en: `The code was applied in only ${f.coded} units: this figure is fragile.` };
  return null;
}

function row(scope: Scope, key: string, label: Bilingual, t: Tally): AgreementRow {
  const f = tallyFigures(t);
  return { scope, key, label, ...f, reading: reading(f), warning: warning(f) };
}

export function agreementReport(project: Project, coders: [string, string], unit: AgreementUnit): AgreementReport {
  const [a, b] = coders;
  const counted = tallies(project, a, b, unit);
  const { codebook } = project.study;
  const codes = listCodes(codebook);
  const types = project.study.assistantTypes;
  const sum = (codesIn: readonly string[], type?: string) => {
    const t = { ...NO_DECISIONS };
    for (const code of codesIn) for (const [key, tally] of counted.get(code)!) if (type === undefined || key === type) addTally(t, tally);
    return t;
  };
  const rows: AgreementRow[] = [row('overall', '', { id: 'Keseluruhan', en: 'Overall' }, sum(codes.map((c) => c.code)))];
  for (const role of codebook.roles) {
    rows.push(row('role', `${codebook.prefix}.${role.number}`, role.name, sum(codes.filter((c) => c.role.number === role.number).map((c) => c.code))));
  }
  for (const code of codes) {
    rows.push(row('code', code.code, code.agenda.label, sum([code.code])));
    for (const type of types) rows.push(row('cell', `${code.code} · ${type.key}`, { id: `${code.agenda.label.id} · ${type.label}`, en: `${code.agenda.label.en} · ${type.label}` }, sum([code.code], type.key)));
  }
  return { coders, unit, sessions: sharedSessions(project, a, b).length, rows };
}
