/**
 * Editing a study's codebook. Roles and rows are numbered by their position, and codes are
 * `{prefix}.{role}.{row}`, so moving or removing a role or a row renumbers codes. In a
 * matrix (shared rows) a row is an agenda every role has; otherwise a row belongs to one
 * role and is addressed with it. Every edit that can change a code returns a recoding map
 * (old code → new code, or null when the code is gone), and `recodeProject` carries
 * segments, cell summaries and code memos along with it, so nothing coded is silently lost.
 */
import { codeOf, listCodes, rowsOf } from './codebook.ts';
import type { Agenda, Bilingual, CellSummary, Codebook, CodeMemo, Project, Role } from './model.ts';
import { AGENDA_COLOR, paletteColor } from './palette.ts';
import { cleanName, lineProblem } from './text-clean.ts';

export interface CodebookEdit {
  codebook: Codebook;
  /** Codes that change: old code → new code, or null when its segments lose the code. */
  recode: Map<string, string | null>;
}

export class CodebookEditError extends Error {
  constructor(
    readonly kind: 'badPrefix' | 'noSuchRole' | 'noSuchAgenda' | 'mergeIntoItself' | 'emptyName' | 'badName' | 'rowsDiffer' | 'rowsShared',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The edited codebook renumbered by position. `next` still carries the old numbers of its
 * roles and rows; a row that moved to another role is in `movedFrom` with its old role;
 * `fate` says where the codes of removed roles and rows go (an old code, or null).
 */
function renumber(old: Codebook, next: Codebook, movedFrom: Map<Agenda, number> = new Map(), fate: Map<string, string | null> = new Map()): CodebookEdit {
  const successor = new Map<string, string>();
  next.roles.forEach((role, r) => rowsOf(next, role).forEach((row, a) => successor.set(codeOf(old, movedFrom.get(row) ?? role.number, row.number), `${next.prefix}.${r + 1}.${a + 1}`)));
  const recode = new Map<string, string | null>();
  for (const { code } of listCodes(old)) {
    const target = fate.get(code);
    const to = successor.get(code) ?? (target == null ? null : (successor.get(target) ?? null));
    if (to !== code) recode.set(code, to);
  }
  const numbered = (rows: Agenda[]) => rows.map((a, i) => ({ ...a, number: i + 1 }));
  const codebook: Codebook = {
    ...next,
    roles: next.roles.map((r, i) => ({ ...r, number: i + 1, rows: numbered(r.rows) })),
    agendas: numbered(next.agendas),
  };
  codebook.memos = recodeMemos(old.memos, recode, codebook);
  return { codebook, recode };
}

function recodeMemos(memos: CodeMemo[], recode: Map<string, string | null>, codebook: Codebook): CodeMemo[] {
  const byCode = new Map<string, string[]>();
  for (const m of memos) {
    const code = recode.has(m.code) ? recode.get(m.code)! : m.code;
    if (code !== null) byCode.set(code, [...(byCode.get(code) ?? []), m.text]);
  }
  return listCodes(codebook)
    .filter((c) => byCode.has(c.code))
    .map((c) => ({ code: c.code, text: byCode.get(c.code)!.join('\n\n') }));
}

/** A role's or row's name as typed, made one clean line; empty or not one sane line is refused. */
function checkName(name: Bilingual): Bilingual {
  const id = cleanName(name.id);
  const en = cleanName(name.en) || id;
  if (id === '') throw new CodebookEditError('emptyName', 'a name is needed');
  if (lineProblem(id) || lineProblem(en)) throw new CodebookEditError('badName', 'a name is one line of at most 200 characters, without control characters');
  return { id, en };
}

function roleIndex(codebook: Codebook, number: number): number {
  const i = codebook.roles.findIndex((r) => r.number === number);
  if (i < 0) throw new CodebookEditError('noSuchRole', `there is no role ${number}`);
  return i;
}

/** Which row list an edit touches: the shared agendas, or the own rows of `role`. */
function rowsAt(codebook: Codebook, role: number | undefined): { rows: Agenda[]; role: Role | null } {
  if (codebook.sharedRows) return { rows: codebook.agendas, role: null };
  if (role === undefined) throw new CodebookEditError('noSuchRole', 'each role has its own rows: say which role');
  const owner = codebook.roles[roleIndex(codebook, role)]!;
  return { rows: owner.rows, role: owner };
}

/** The codebook with one row list replaced: the agendas, or the rows of `role`. */
function withRows(codebook: Codebook, role: Role | null, rows: Agenda[]): Codebook {
  return role === null ? { ...codebook, agendas: rows } : { ...codebook, roles: codebook.roles.map((r) => (r === role ? { ...r, rows } : r)) };
}

function rowIndex(rows: Agenda[], number: number): number {
  const i = rows.findIndex((a) => a.number === number);
  if (i < 0) throw new CodebookEditError('noSuchAgenda', `there is no row ${number}`);
  return i;
}

function moved<T>(list: T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(Math.max(0, Math.min(to, copy.length)), 0, item!);
  return copy;
}

export function addRole(codebook: Codebook, name: Bilingual, definition: Bilingual = { id: '', en: '' }): Codebook {
  const number = codebook.roles.length + 1;
  return { ...codebook, roles: [...codebook.roles, { number, name: checkName(name), definition, color: paletteColor(number), rows: [] }] };
}

/** A new row at the end: an agenda every role gets, or a code of `role` alone. */
export function addAgenda(codebook: Codebook, label: Bilingual, definition: Bilingual = { id: '', en: '' }, role?: number): Codebook {
  const at = rowsAt(codebook, role);
  return withRows(codebook, at.role, [...at.rows, { number: at.rows.length + 1, label: checkName(label), definition, color: AGENDA_COLOR }]);
}

/** Rename, describe or colour a role; its codes stay as they are. */
export function updateRole(codebook: Codebook, number: number, patch: Partial<Pick<Role, 'name' | 'definition' | 'color'>>): Codebook {
  const i = roleIndex(codebook, number);
  const role = { ...codebook.roles[i]!, ...patch };
  if (patch.name) role.name = checkName(patch.name);
  return { ...codebook, roles: codebook.roles.map((r, j) => (j === i ? role : r)) };
}

export function updateAgenda(codebook: Codebook, number: number, patch: Partial<Pick<Agenda, 'label' | 'definition' | 'color'>>, role?: number): Codebook {
  const at = rowsAt(codebook, role);
  const i = rowIndex(at.rows, number);
  const agenda = { ...at.rows[i]!, ...patch };
  if (patch.label) agenda.label = checkName(patch.label);
  return withRows(codebook, at.role, at.rows.map((a, j) => (j === i ? agenda : a)));
}

/** Move a role to a new position (1-based); the codes of every role in between renumber. */
export function moveRole(codebook: Codebook, number: number, position: number): CodebookEdit {
  const roles = moved(codebook.roles, roleIndex(codebook, number), position - 1);
  return renumber(codebook, { ...codebook, roles });
}

export function moveAgenda(codebook: Codebook, number: number, position: number, role?: number): CodebookEdit {
  const at = rowsAt(codebook, role);
  return renumber(codebook, withRows(codebook, at.role, moved(at.rows, rowIndex(at.rows, number), position - 1)));
}

/**
 * Remove a role. Its segments either go to `mergeInto` or lose the role's codes (`null`,
 * uncode). In a matrix each code goes to the same agenda's code of the other role; with
 * own rows, a row named like one of the other role's rows joins it, and the rest move
 * over as that role's new last rows.
 */
export function removeRole(codebook: Codebook, number: number, mergeInto: number | null): CodebookEdit {
  const i = roleIndex(codebook, number);
  const gone = codebook.roles[i]!;
  const fate = new Map<string, string | null>();
  const movedFrom = new Map<Agenda, number>();
  let roles = codebook.roles.filter((_, j) => j !== i);
  if (mergeInto !== null) {
    if (mergeInto === number) throw new CodebookEditError('mergeIntoItself', 'a role cannot be merged into itself');
    const target = codebook.roles[roleIndex(codebook, mergeInto)]!;
    if (codebook.sharedRows) {
      for (const a of codebook.agendas) fate.set(codeOf(codebook, number, a.number), codeOf(codebook, mergeInto, a.number));
    } else {
      const byLabel = new Map(target.rows.map((a) => [a.label.id, a]));
      const incoming = gone.rows.filter((a) => !byLabel.has(a.label.id));
      for (const a of gone.rows) if (byLabel.has(a.label.id)) fate.set(codeOf(codebook, number, a.number), codeOf(codebook, mergeInto, byLabel.get(a.label.id)!.number));
      incoming.forEach((a) => movedFrom.set(a, number));
      roles = roles.map((r) => (r === target ? { ...r, rows: [...r.rows, ...incoming] } : r));
    }
  }
  return renumber(codebook, { ...codebook, roles }, movedFrom, fate);
}

export function removeAgenda(codebook: Codebook, number: number, mergeInto: number | null, role?: number): CodebookEdit {
  const at = rowsAt(codebook, role);
  const i = rowIndex(at.rows, number);
  if (mergeInto !== null) {
    if (mergeInto === number) throw new CodebookEditError('mergeIntoItself', 'an agenda cannot be merged into itself');
    rowIndex(at.rows, mergeInto);
  }
  const fate = new Map<string, string | null>();
  for (const r of at.role ? [at.role] : codebook.roles) fate.set(codeOf(codebook, r.number, number), mergeInto === null ? null : codeOf(codebook, r.number, mergeInto));
  return renumber(codebook, withRows(codebook, at.role, at.rows.filter((_, j) => j !== i)), new Map(), fate);
}

/** A row of one role moved to another role as its last row, its segments with it (own rows only). */
export function moveRowToRole(codebook: Codebook, role: number, number: number, toRole: number): CodebookEdit {
  if (codebook.sharedRows) throw new CodebookEditError('rowsShared', 'in a matrix every role has the same rows');
  const from = codebook.roles[roleIndex(codebook, role)]!;
  const to = codebook.roles[roleIndex(codebook, toRole)]!;
  const row = from.rows[rowIndex(from.rows, number)]!;
  if (from === to) return { codebook, recode: new Map() };
  const roles = codebook.roles.map((r) => (r === from ? { ...r, rows: r.rows.filter((a) => a !== row) } : r === to ? { ...r, rows: [...r.rows, row] } : r));
  return renumber(codebook, { ...codebook, roles }, new Map([[row, role]]));
}

/**
 * Shared rows on or off; no code changes either way. Turning them off gives every role its
 * own copy of the agendas. Turning them on needs every role to have the same rows (same
 * names in the same order); a row's description may be written for one role only, but
 * two different descriptions of one row are refused rather than one dropped.
 */
export function setSharedRows(codebook: Codebook, shared: boolean): Codebook {
  if (shared === codebook.sharedRows) return codebook;
  if (!shared) return { ...codebook, sharedRows: false, agendas: [], roles: codebook.roles.map((r) => ({ ...r, rows: structuredClone(codebook.agendas) })) };
  const [first, ...others] = codebook.roles;
  const agendas = (first?.rows ?? []).map((row, i) => {
    const same = others.map((r) => r.rows[i]);
    if (same.some((a) => !a || a.label.id !== row.label.id || a.label.en !== row.label.en)) throw new CodebookEditError('rowsDiffer', `the roles' rows differ at row ${i + 1}`);
    const described = [row, ...(same as Agenda[])].filter((a) => a.definition.id.trim() !== '');
    if (new Set(described.map((a) => a.definition.id)).size > 1) throw new CodebookEditError('rowsDiffer', `row ${i + 1} is described differently in two roles`);
    return { ...row, definition: described[0]?.definition ?? row.definition };
  });
  if (others.some((r) => r.rows.length !== agendas.length)) throw new CodebookEditError('rowsDiffer', 'the roles have different numbers of rows');
  return { ...codebook, sharedRows: true, agendas, roles: codebook.roles.map((r) => ({ ...r, rows: [] })) };
}

/** A new prefix (the chapter number of the tables: `4` gives 4.1.1); every code changes. */
export function setPrefix(codebook: Codebook, prefix: string): CodebookEdit {
  const p = prefix.trim();
  if (!/^\d+(\.\d+)*$/.test(p)) throw new CodebookEditError('badPrefix', `"${prefix}" is not a number such as 4 or 3.2`);
  return renumber(codebook, { ...codebook, prefix: p });
}

/** A code's working definition and notes; an empty text removes the memo. */
export function setCodeMemo(codebook: Codebook, code: string, text: string): Codebook {
  const others = codebook.memos.filter((m) => m.code !== code);
  const memos = text.trim() === '' ? others : [...others, { code, text }];
  const rank = new Map(listCodes(codebook).map((c, i) => [c.code, i]));
  return { ...codebook, memos: memos.sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0)) };
}

export function codeMemo(codebook: Codebook, code: string): string {
  return codebook.memos.find((m) => m.code === code)?.text ?? '';
}

/** How many segments carry any of the codes: what a removal would touch. */
export function segmentsUsing(project: Pick<Project, 'segments'>, codes: Iterable<string>): number {
  const set = new Set(codes);
  return project.segments.filter((s) => s.codes.some((c) => set.has(c))).length;
}

/** The codes of a role, or of a row (every role's code of an agenda; one code of a role's own row): what removing it takes away. */
export function codesOfRow(codebook: Codebook, kind: 'role' | 'agenda', number: number, role?: number): string[] {
  if (kind === 'role') return listCodes(codebook).filter((c) => c.role.number === number).map((c) => c.code);
  if (codebook.sharedRows) return codebook.roles.map((r) => codeOf(codebook, r.number, number));
  return role === undefined ? [] : [codeOf(codebook, role, number)];
}

/**
 * The project under an edited codebook: segment codes follow the recoding (a segment left
 * with no code is uncoded, i.e. removed), cell summaries move with their code (two that
 * meet are joined), and exemplars of removed segments are dropped.
 */
export function recodeProject(project: Project, edit: CodebookEdit): Project {
  const map = (code: string) => (edit.recode.has(code) ? edit.recode.get(code)! : code);
  const segments = project.segments
    .map((s) => ({ ...s, codes: [...new Set(s.codes.map(map).filter((c): c is string => c !== null))] }))
    .filter((s) => s.codes.length > 0);
  const kept = new Set(segments.map((s) => s.id));
  const cells = new Map<string, CellSummary>();
  for (const summary of project.summaries) {
    const code = map(summary.code);
    if (code === null) continue;
    const key = `${code}\u0000${summary.assistantType}`;
    const prior = cells.get(key);
    cells.set(key, {
      code,
      assistantType: summary.assistantType,
      text: [prior?.text, summary.text].filter((t) => t).join('\n\n'),
      exemplars: [...new Set([...(prior?.exemplars ?? []), ...summary.exemplars])].filter((id) => kept.has(id)),
    });
  }
  return { ...project, study: { ...project.study, codebook: edit.codebook }, segments, summaries: [...cells.values()] };
}
