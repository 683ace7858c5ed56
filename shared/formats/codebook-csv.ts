/**
 * Codebook CSV (`code,role,agenda,label_id,label_en,description,color,memo`), a codebook a
 * researcher can read and edit in a spreadsheet. Three kinds of row, told apart by the
 * code: `4.1.*` is a role, `4.*.3` an agenda every role shares, `4.1.3` a code. Role and
 * agenda rows carry names in both languages, the description and the colour. A code row
 * carries the code's memo; in a codebook whose roles have their own rows it is that row
 * too: its label (`agenda`, `label_id`, `label_en`), description and colour. (A matrix
 * cell has no description of its own: one written on its code row joins its memo.)
 *
 * A file with agenda rows is a matrix (shared rows); one with code rows only is a matrix
 * when it predates the `memo` column (its code rows then carry the memo as description, and
 * a role or agenda without its own row takes its name from the `role` or `agenda` column),
 * and a codebook whose roles have their own rows otherwise.
 */
import { listCodes } from '../codebook.ts';
import type { Agenda, Bilingual, Codebook, CodeMemo, Role } from '../model.ts';
import { AGENDA_COLOR, isColor, normaliseColor, paletteColor } from '../palette.ts';
import { readCsv, writeCsv, type CsvKind } from './csv.ts';
import { cleanCodebook } from './codebook-clean.ts';
import { checkName, ImportError } from './import-error.ts';
import { reason } from './reasons.ts';

export const CODEBOOK_COLUMNS = ['code', 'role', 'agenda', 'label_id', 'label_en', 'description', 'color', 'memo'] as const;

export function exportCodebookCsv(codebook: Codebook, kind: CsvKind = 'standard'): string {
  const p = codebook.prefix;
  const memo = new Map(codebook.memos.map((m) => [m.code, m.text]));
  const shared = codebook.sharedRows;
  return writeCsv([
    [...CODEBOOK_COLUMNS],
    ...codebook.roles.map((r) => [`${p}.${r.number}.*`, r.name.id, '', r.name.id, r.name.en, r.definition.id, r.color, '']),
    ...codebook.agendas.map((a) => [`${p}.*.${a.number}`, '', a.label.id, a.label.id, a.label.en, a.definition.id, a.color, '']),
    ...listCodes(codebook).map((c) =>
      shared
        ? [c.code, c.role.name.id, c.agenda.label.id, `${c.role.name.id} · ${c.agenda.label.id}`, `${c.role.name.en} · ${c.agenda.label.en}`, '', '', memo.get(c.code) ?? '']
        : [c.code, c.role.name.id, c.agenda.label.id, c.agenda.label.id, c.agenda.label.en, c.agenda.definition.id, c.agenda.color, memo.get(c.code) ?? ''],
    ),
  ], kind);
}

interface Entry {
  line: number;
  name: Bilingual;
  definition: Bilingual;
  color: string | null;
  /** True when only a code row named it, so a later role/agenda row may still define it. */
  implied: boolean;
}

/** Numbers must run 1, 2, 3…: codes have no holes. */
function inOrder(entries: Map<number, Entry>, file: string, kind: 'role' | 'agenda'): [number, Entry][] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  sorted.forEach(([n, e], i) => {
    if (n !== i + 1) throw new ImportError(file, e.line, reason('codebook.gap', { kind, number: i + 1 }));
  });
  return sorted;
}

const toAgenda = ([n, e]: [number, Entry]): Agenda => ({ number: n, label: e.name, definition: e.definition, color: e.color ?? AGENDA_COLOR });

export function parseCodebookCsv(raw: string, file: string, name = 'Buku kode'): Codebook {
  const rows = readCsv(raw, file, { required: ['code'], optional: CODEBOOK_COLUMNS.filter((c) => c !== 'code') });
  const roles = new Map<number, Entry>();
  const agendas = new Map<number, Entry>();
  /** Each role's own rows, as its code rows describe them. */
  const ownRows = new Map<number, Map<number, Entry>>();
  const notes: { code: string; description: string; memo: string }[] = [];
  let prefix: string | null = null;
  let codeRows = 0;
  const withMemoColumn = rows.length > 0 && 'memo' in rows[0]!.values;
  const define = (map: Map<number, Entry>, n: number, entry: Entry, line: number, kind: 'role' | 'agenda') => {
    const prior = map.get(n);
    if (prior && !prior.implied && !entry.implied) throw new ImportError(file, line, reason('codebook.twice', { kind, number: n, line: prior.line }));
    if (!prior || prior.implied) map.set(n, entry);
  };
  for (const { line, values } of rows) {
    const code = (values.code ?? '').trim();
    const match = /^(\d+(?:\.\d+)*)\.(\d+|\*)\.(\d+|\*)$/.exec(code);
    if (!match || (match[2] === '*' && match[3] === '*')) throw new ImportError(file, line, reason('codebook.badCode', { code }));
    if (prefix !== null && match[1] !== prefix) throw new ImportError(file, line, reason('codebook.prefix', { code, prefix }));
    prefix = match[1]!;
    const color = (values.color ?? '').trim();
    if (color !== '' && !isColor(color)) throw new ImportError(file, line, reason('codebook.badColor', { color }));
    const labelId = (values.label_id ?? '').trim();
    const labelEn = (values.label_en ?? '').trim();
    const description = (values.description ?? '').trim();
    for (const name of [labelId, labelEn, values.role ?? '', values.agenda ?? '']) checkName(name.trim(), file, line, 'label');
    const [role, agenda] = [match[2]!, match[3]!];
    if (agenda === '*' || role === '*') {
      const own = labelId || (role === '*' ? values.agenda : values.role)?.trim() || '';
      if (own === '') throw new ImportError(file, line, reason('codebook.noName', { code }));
      const entry = { line, name: { id: own, en: labelEn || own }, definition: { id: description, en: description }, color: color ? normaliseColor(color) : null, implied: false };
      if (agenda === '*') define(roles, Number(role), entry, line, 'role');
      else define(agendas, Number(agenda), entry, line, 'agenda');
      continue;
    }
    codeRows++;
    const implied = (n: string, label: string | undefined): Entry => ({ line, name: { id: label?.trim() || n, en: label?.trim() || n }, definition: { id: '', en: '' }, color: null, implied: true });
    if (!roles.has(Number(role))) roles.set(Number(role), implied(role, values.role));
    if (!agendas.has(Number(agenda))) agendas.set(Number(agenda), implied(agenda, values.agenda));
    // As a role's own row, the code row names itself: its labels, description and colour.
    const rowLabel = (values.agenda ?? '').trim() || labelId || agenda;
    const own = ownRows.get(Number(role)) ?? new Map<number, Entry>();
    ownRows.set(Number(role), own);
    if (own.has(Number(agenda))) throw new ImportError(file, line, reason('codebook.twice', { kind: 'code', number: code, line: own.get(Number(agenda))!.line }));
    own.set(Number(agenda), { line, name: { id: rowLabel, en: labelEn || rowLabel }, definition: { id: description, en: description }, color: color ? normaliseColor(color) : null, implied: false });
    notes.push({ code, description, memo: (values.memo ?? '').trim() });
  }
  if (prefix === null) throw new ImportError(file, null, reason('codebook.empty'));
  const agendaRows = [...agendas.values()].some((e) => !e.implied);
  const sharedRows = agendaRows || !withMemoColumn || codeRows === 0;
  const codebook: Codebook = {
    name,
    prefix,
    sharedRows,
    roles: inOrder(roles, file, 'role').map(([n, e]): Role => ({
      number: n, name: e.name, definition: e.definition, color: e.color ?? paletteColor(n),
      rows: sharedRows ? [] : inOrder(ownRows.get(n) ?? new Map(), file, 'agenda').map(toAgenda),
    })),
    agendas: sharedRows ? inOrder(agendas, file, 'agenda').map(toAgenda) : [],
    memos: [],
  };
  const memoOf = (n: (typeof notes)[number]) => (sharedRows ? [n.description, n.memo] : [n.memo]).filter((t) => t !== '').join('\n\n');
  const rank = new Map(listCodes(codebook).map((c, i) => [c.code, i]));
  codebook.memos = notes
    .map((n): CodeMemo => ({ code: n.code, text: memoOf(n) }))
    .filter((m) => m.text !== '')
    .sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0));
  return cleanCodebook(codebook, file);
}
