/**
 * Codebook CSV (`code,role,agenda,label_id,label_en,description,color`), a codebook a
 * researcher can read and edit in a spreadsheet. Three kinds of row, told apart by the
 * code: `4.1.*` is a role (row of the matrix), `4.*.3` an agenda (column), `4.1.3` a code
 * (cell). Role and agenda rows carry names in both languages, the Indonesian description
 * and the colour; a code row carries the code's memo as its description. Code rows alone
 * are enough: a role or agenda without its own row takes its name from the `role` or
 * `agenda` column.
 */
import { listCodes } from '../codebook.ts';
import type { Agenda, Bilingual, Codebook, CodeMemo, Role } from '../model.ts';
import { AGENDA_COLOR, isColor, normaliseColor, paletteColor } from '../palette.ts';
import { readCsv, writeCsv } from './csv.ts';
import { cleanCodebook } from './codebook-clean.ts';
import { checkName, ImportError } from './import-error.ts';
import { reason } from './reasons.ts';

export const CODEBOOK_COLUMNS = ['code', 'role', 'agenda', 'label_id', 'label_en', 'description', 'color'] as const;

export function exportCodebookCsv(codebook: Codebook): string {
  const p = codebook.prefix;
  const memo = new Map(codebook.memos.map((m) => [m.code, m.text]));
  return writeCsv([
    [...CODEBOOK_COLUMNS],
    ...codebook.roles.map((r) => [`${p}.${r.number}.*`, r.name.id, '', r.name.id, r.name.en, r.definition.id, r.color]),
    ...codebook.agendas.map((a) => [`${p}.*.${a.number}`, '', a.label.id, a.label.id, a.label.en, a.definition.id, a.color]),
    ...listCodes(codebook).map((c) => [
      c.code, c.role.name.id, c.agenda.label.id, `${c.role.name.id} · ${c.agenda.label.id}`, `${c.role.name.en} · ${c.agenda.label.en}`, memo.get(c.code) ?? '', '',
    ]),
  ]);
}

interface Entry {
  line: number;
  name: Bilingual;
  definition: Bilingual;
  color: string | null;
  /** True when only a code row named it, so a later role/agenda row may still define it. */
  implied: boolean;
}

/** Numbers must run 1, 2, 3…: the matrix has no holes. */
function inOrder(entries: Map<number, Entry>, file: string, kind: 'role' | 'agenda'): [number, Entry][] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  sorted.forEach(([n, e], i) => {
    if (n !== i + 1) throw new ImportError(file, e.line, reason('codebook.gap', { kind, number: i + 1 }));
  });
  return sorted;
}

export function parseCodebookCsv(raw: string, file: string, name = 'Buku kode'): Codebook {
  const rows = readCsv(raw, file, { required: ['code'], optional: CODEBOOK_COLUMNS.filter((c) => c !== 'code') });
  const roles = new Map<number, Entry>();
  const agendas = new Map<number, Entry>();
  const memos: CodeMemo[] = [];
  let prefix: string | null = null;
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
    const implied = (n: string, label: string | undefined): Entry => ({ line, name: { id: label?.trim() || n, en: label?.trim() || n }, definition: { id: '', en: '' }, color: null, implied: true });
    if (!roles.has(Number(role))) roles.set(Number(role), implied(role, values.role));
    if (!agendas.has(Number(agenda))) agendas.set(Number(agenda), implied(agenda, values.agenda));
    if (description !== '') memos.push({ code, text: description });
  }
  if (prefix === null) throw new ImportError(file, null, reason('codebook.empty'));
  const codebook: Codebook = {
    name,
    prefix,
    roles: inOrder(roles, file, 'role').map(([n, e]): Role => ({ number: n, name: e.name, definition: e.definition, color: e.color ?? paletteColor(n) })),
    agendas: inOrder(agendas, file, 'agenda').map(([n, e]): Agenda => ({ number: n, label: e.name, definition: e.definition, color: e.color ?? AGENDA_COLOR })),
    memos: [],
  };
  const rank = new Map(listCodes(codebook).map((c, i) => [c.code, i]));
  codebook.memos = memos.sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0));
  return cleanCodebook(codebook, file);
}
