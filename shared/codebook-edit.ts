/**
 * Editing a study's codebook. Roles (rows) and agendas (columns) are numbered by their
 * position, and codes are `{prefix}.{role}.{agenda}`, so moving or removing a row or
 * column renumbers codes. Every edit that can change a code returns a recoding map (old
 * code → new code, or null when the code is gone), and `recodeProject` carries segments,
 * cell summaries and code memos along with it, so nothing coded is silently lost.
 */
import { codeOf, listCodes } from './codebook.ts';
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
    readonly kind: 'badPrefix' | 'noSuchRole' | 'noSuchAgenda' | 'mergeIntoItself' | 'emptyName' | 'badName',
    message: string,
  ) {
    super(message);
  }
}

type Fate = Map<number, number | null>;

/**
 * The codebook with roles and agendas in a new order (each still carrying its old
 * number), renumbered by position; `roleFate`/`agendaFate` say where removed ones go.
 */
function renumber(codebook: Codebook, prefix: string, roles: Role[], agendas: Agenda[], roleFate: Fate = new Map(), agendaFate: Fate = new Map()): CodebookEdit {
  const roleNo = new Map(roles.map((r, i) => [r.number, i + 1]));
  const agendaNo = new Map(agendas.map((a, i) => [a.number, i + 1]));
  const resolve = (numbers: Map<number, number>, fate: Fate, n: number): number | null => {
    if (numbers.has(n)) return numbers.get(n)!;
    const target = fate.get(n);
    return target == null ? null : (numbers.get(target) ?? null);
  };
  const recode = new Map<string, string | null>();
  for (const { code, role, agenda } of listCodes(codebook)) {
    const r = resolve(roleNo, roleFate, role.number);
    const a = resolve(agendaNo, agendaFate, agenda.number);
    const next = r === null || a === null ? null : `${prefix}.${r}.${a}`;
    if (next !== code) recode.set(code, next);
  }
  const next: Codebook = {
    ...codebook,
    prefix,
    roles: roles.map((r, i) => ({ ...r, number: i + 1 })),
    agendas: agendas.map((a, i) => ({ ...a, number: i + 1 })),
  };
  next.memos = recodeMemos(codebook.memos, recode, next);
  return { codebook: next, recode };
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

/** A role's or agenda's name as typed, made one clean line; empty or not one sane line is refused. */
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

function agendaIndex(codebook: Codebook, number: number): number {
  const i = codebook.agendas.findIndex((a) => a.number === number);
  if (i < 0) throw new CodebookEditError('noSuchAgenda', `there is no agenda ${number}`);
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
  return { ...codebook, roles: [...codebook.roles, { number, name: checkName(name), definition, color: paletteColor(number) }] };
}

export function addAgenda(codebook: Codebook, label: Bilingual, definition: Bilingual = { id: '', en: '' }): Codebook {
  const number = codebook.agendas.length + 1;
  return { ...codebook, agendas: [...codebook.agendas, { number, label: checkName(label), definition, color: AGENDA_COLOR }] };
}

/** Rename, describe or colour a role; its codes stay as they are. */
export function updateRole(codebook: Codebook, number: number, patch: Partial<Pick<Role, 'name' | 'definition' | 'color'>>): Codebook {
  const i = roleIndex(codebook, number);
  const role = { ...codebook.roles[i]!, ...patch };
  if (patch.name) role.name = checkName(patch.name);
  return { ...codebook, roles: codebook.roles.map((r, j) => (j === i ? role : r)) };
}

export function updateAgenda(codebook: Codebook, number: number, patch: Partial<Pick<Agenda, 'label' | 'definition' | 'color'>>): Codebook {
  const i = agendaIndex(codebook, number);
  const agenda = { ...codebook.agendas[i]!, ...patch };
  if (patch.label) agenda.label = checkName(patch.label);
  return { ...codebook, agendas: codebook.agendas.map((a, j) => (j === i ? agenda : a)) };
}

/** Move a role to a new position (1-based); the codes of every role in between renumber. */
export function moveRole(codebook: Codebook, number: number, position: number): CodebookEdit {
  const roles = moved(codebook.roles, roleIndex(codebook, number), position - 1);
  return renumber(codebook, codebook.prefix, roles, codebook.agendas);
}

export function moveAgenda(codebook: Codebook, number: number, position: number): CodebookEdit {
  const agendas = moved(codebook.agendas, agendaIndex(codebook, number), position - 1);
  return renumber(codebook, codebook.prefix, codebook.roles, agendas);
}

/**
 * Remove a role. Its segments either move to the same agenda's code of `mergeInto`
 * (merge) or lose the role's codes (`null`, uncode).
 */
export function removeRole(codebook: Codebook, number: number, mergeInto: number | null): CodebookEdit {
  const i = roleIndex(codebook, number);
  if (mergeInto !== null) {
    if (mergeInto === number) throw new CodebookEditError('mergeIntoItself', 'a role cannot be merged into itself');
    roleIndex(codebook, mergeInto);
  }
  const roles = codebook.roles.filter((_, j) => j !== i);
  return renumber(codebook, codebook.prefix, roles, codebook.agendas, new Map([[number, mergeInto]]));
}

export function removeAgenda(codebook: Codebook, number: number, mergeInto: number | null): CodebookEdit {
  const i = agendaIndex(codebook, number);
  if (mergeInto !== null) {
    if (mergeInto === number) throw new CodebookEditError('mergeIntoItself', 'an agenda cannot be merged into itself');
    agendaIndex(codebook, mergeInto);
  }
  const agendas = codebook.agendas.filter((_, j) => j !== i);
  return renumber(codebook, codebook.prefix, codebook.roles, agendas, new Map(), new Map([[number, mergeInto]]));
}

/** A new prefix (the chapter number of the tables: `4` gives 4.1.1); every code changes. */
export function setPrefix(codebook: Codebook, prefix: string): CodebookEdit {
  const p = prefix.trim();
  if (!/^\d+(\.\d+)*$/.test(p)) throw new CodebookEditError('badPrefix', `"${prefix}" is not a number such as 4 or 3.2`);
  return renumber(codebook, p, codebook.roles, codebook.agendas);
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

/** The codes of a role or an agenda: what removing it takes away. */
export function codesOfRow(codebook: Codebook, kind: 'role' | 'agenda', number: number): string[] {
  return kind === 'role'
    ? codebook.agendas.map((a) => codeOf(codebook, number, a.number))
    : codebook.roles.map((r) => codeOf(codebook, r.number, number));
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
