/**
 * The REFI-QDA codebook exchange file (`.qdc`), read by NVivo, ATLAS.ti, MAXQDA and
 * QualCoder. Telaah writes its code tree (code-tree.ts): roles as parents, codes as
 * children, a matrix's agendas as Sets. Output is strict (valid against Codebook.xsd,
 * stable GUIDs); input is lenient: any namespace spelling, GUIDs of any form.
 *
 * Another tool's tree is kept as it is: each top-level code becomes a role with its own
 * rows, one per code below it in document order; a code deeper than the second level is a
 * row named by its path ("Parent › Child"; a path longer than a name may be is cut short
 * before the code's own name), so no code is lost and none is invented. A
 * top-level code that is itself a code to code with (a leaf, or one coded in a .qdpx)
 * gets a row of its own name first. A flat list becomes one role. Descriptions and
 * colours are kept (a top-level code's as its role's), notes on a code become its memo.
 * A row coloured like its role has no colour of its own.
 */
import { listCodes } from '../codebook.ts';
import type { Agenda, Codebook, CodeMemo, Role } from '../model.ts';
import { AGENDA_COLOR, isColor, normaliseColor, paletteColor } from '../palette.ts';
import { MAX_NAME_LENGTH } from '../text-clean.ts';
import { agendaSets, codeTree } from './code-tree.ts';
import { stableGuid } from './guid.ts';
import { cleanCodebook } from './codebook-clean.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';
import { childNamed, childrenNamed, escapeXml, parseXml, XmlError, type XmlElement } from './xml.ts';

const description = (text: string, indent: string) => (text.trim() === '' ? '' : `${indent}<Description>${escapeXml(text)}</Description>\n`);

export function exportCodebookQdc(codebook: Codebook, seed: string): string {
  if (codebook.roles.length === 0) throw new Error('a codebook without roles cannot be written as .qdc: REFI-QDA needs at least one code');
  const guid = (what: string) => stableGuid(`${seed}/${what}`);
  // A role's own codes may share a name; their number keeps their GUIDs apart.
  const codeGuid = (role: Role, row: Agenda) => guid(codebook.sharedRows ? `code/${role.name.id}/${row.label.id}` : `code/${role.name.id}/${row.number}/${row.label.id}`);
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', `<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Telaah">`, '  <Codes>'];
  for (const parent of codeTree(codebook)) {
    const open = `    <Code guid="${guid(`role/${parent.role.name.id}`)}" name="${escapeXml(parent.name)}" isCodable="false" color="${parent.color}"`;
    if (parent.children.length === 0 && parent.description.trim() === '') {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    lines.push(description(parent.description, '      ').trimEnd());
    for (const child of parent.children) {
      const attrs = `guid="${codeGuid(child.code.role, child.code.agenda)}" name="${escapeXml(child.name)}" isCodable="true" color="${child.color}"`;
      lines.push(child.description.trim() === '' ? `      <Code ${attrs}/>` : `      <Code ${attrs}>\n${description(child.description, '        ')}      </Code>`);
    }
    lines.push('    </Code>');
  }
  lines.push('  </Codes>');
  const sets = agendaSets(codebook);
  if (sets.length > 0) {
    lines.push('  <Sets>');
    for (const { agenda, members } of sets) {
      lines.push(`    <Set guid="${guid(`agenda/${agenda.label.id}`)}" name="${escapeXml(agenda.label.id)}">`);
      lines.push(description(agenda.definition.id, '      ').trimEnd());
      for (const c of members) lines.push(`      <MemberCode guid="${codeGuid(c.role, agenda)}"/>`);
      lines.push('    </Set>');
    }
    lines.push('  </Sets>');
  }
  lines.push('</CodeBook>');
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

export function parseCodebookQdc(raw: string, file: string, name = 'Buku kode'): Codebook {
  let root: XmlElement;
  try {
    root = parseXml(raw);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw new ImportError(file, error.line, error.kind === 'doctype' ? reason('xml.doctype') : reason('xml.malformed', { detail: error.message }));
  }
  if (root.name !== 'CodeBook') throw new ImportError(file, root.line, reason('qdc.notCodebook', { element: root.name }));
  return codebookFromXml(root, root, file, name).codebook;
}

const textOf = (e: XmlElement | undefined) => (e ? e.text.trim() : '');
const colorOf = (e: XmlElement) => (isColor(e.attributes.color?.trim() ?? '') ? normaliseColor(e.attributes.color!) : null);
const nameOf = (e: XmlElement) => (e.attributes.name ?? '').trim();
const bareGuid = (guid: string | undefined) => (guid ?? '').toLowerCase().replace(/[{}]/g, '');
const CELL_NAME = /^(\d+(?:\.\d+)*)\.(\d+)\.(\d+)\s+(.*)$/s;
/** What a row's path puts between the names of a code and the code below it. */
export const PATH_SEPARATOR = ' › ';

/**
 * A code's name with the path above it below its role, within the length of a name: a
 * path too long to keep whole keeps the code's own name and as much of the path before it
 * as fits, cut with "…".
 */
export function pathName(names: string[]): string {
  const whole = names.join(PATH_SEPARATOR);
  const own = names.at(-1)!;
  if (whole.length <= MAX_NAME_LENGTH || names.length === 1) return whole;
  const room = MAX_NAME_LENGTH - own.length - PATH_SEPARATOR.length - 1;
  const before = names.slice(0, -1).join(PATH_SEPARATOR).slice(0, Math.max(0, room)).trimEnd();
  return `${before}…${PATH_SEPARATOR}${own}`;
}

/** What else a project knows about its codes: their notes, and which ones were coded. */
export interface CodeContext {
  /** The text of the notes a code refers to, joined; '' when none. */
  notesOf(code: XmlElement): string;
  /** GUIDs (lower case, no braces) that codings refer to. */
  coded: ReadonlySet<string>;
}

const NO_CONTEXT: CodeContext = { notesOf: () => '', coded: new Set() };

const descriptionOf = (e: XmlElement) => textOf(childNamed(e, 'Description'));
/** A matrix cell's memo: its description, then any notes on it. */
const cellMemo = (e: XmlElement, context: CodeContext) => [descriptionOf(e), context.notesOf(e)].filter((t) => t !== '').join('\n\n');

/** A code below a role as that role's own row. */
function ownRow(e: XmlElement, number: number, label: string, role: Role): Agenda {
  const color = colorOf(e);
  const definition = descriptionOf(e);
  return { number, label: { id: label, en: label }, definition: { id: definition, en: definition }, color: color === null || color === role.color ? AGENDA_COLOR : color };
}

interface Built {
  codebook: Codebook;
  /** The Telaah code each codable REFI code became, by GUID (lower case, no braces). */
  codeOf: Map<string, string>;
}

/**
 * A codebook from REFI-QDA codes (a .qdc's CodeBook, or a project's), with the Telaah code
 * each codable REFI code became. A Telaah file comes back as it was written; another tool's
 * codes are kept as their tree.
 */
export function codebookFromXml(codeBook: XmlElement, setsParent: XmlElement, file: string, name: string, context: CodeContext = NO_CONTEXT): Built {
  const listed = childrenNamed(childNamed(codeBook, 'Codes') ?? codeBook, 'Code');
  if (listed.length === 0) throw new ImportError(file, codeBook.line, reason('codebook.empty'));
  checkGuidsOnce(listed, file);
  const sets = childrenNamed(childNamed(setsParent, 'Sets') ?? setsParent, 'Set');
  const built = telaahCodebook(listed, sets, file, name, context) ?? treeCodebook(listed, setsParent.attributes.origin, name, context);
  return { codebook: cleanCodebook(built.codebook, file), codeOf: built.codeOf };
}

/** Every code's GUID once: codings name their code by it, so two codes sharing one would send coding to the wrong code. */
function checkGuidsOnce(listed: readonly XmlElement[], file: string): void {
  const seen = new Map<string, string>();
  const walk = (codes: readonly XmlElement[]) => {
    for (const code of codes) {
      const guid = bareGuid(code.attributes.guid);
      const name = nameOf(code);
      const first = seen.get(guid);
      if (guid !== '' && first !== undefined) throw new ImportError(file, code.line, reason('qdpx.guidTwice', { guid, first, second: name }));
      seen.set(guid, name);
      walk(childrenNamed(code, 'Code'));
    }
  };
  walk(listed);
}

function sortedMemos(codebook: Codebook, memos: CodeMemo[]): CodeMemo[] {
  const rank = new Map(listCodes(codebook).map((c, i) => [c.code, i]));
  return memos.filter((m) => m.text !== '').sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0));
}

const roleFrom = (e: XmlElement, number: number, label: string): Role => {
  const definition = descriptionOf(e);
  return { number, name: { id: label, en: label }, definition: { id: definition, en: definition }, color: colorOf(e) ?? paletteColor(number), rows: [] };
};

/**
 * Telaah's own tree: every code below a role is named `4.1.3 <label>` with one prefix. With
 * Sets the roles share them as agendas (a matrix); without, each role has its own rows.
 */
function telaahCodebook(listed: XmlElement[], sets: XmlElement[], file: string, name: string, context: CodeContext): Built | null {
  const children = listed.map((t) => childrenNamed(t, 'Code'));
  const cells = children.flat().map((c) => CELL_NAME.exec(nameOf(c)));
  if (cells.length === 0 || cells.some((m) => m === null) || new Set(cells.map((m) => m![1])).size !== 1) return null;
  if (children.some((list) => list.some((c) => childrenNamed(c, 'Code').length > 0))) return null;
  const prefix = cells[0]![1]!;
  const roleName = (t: XmlElement) => nameOf(t).replace(new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.\\d+\\s+`), '').trim() || '?';
  const shared = sets.length > 0;
  const setOf = new Map<string, XmlElement>();
  for (const set of sets) for (const m of childrenNamed(set, 'MemberCode')) setOf.set(bareGuid(m.attributes.guid ?? m.attributes.targetGUID), set);
  const agendas = new Map<number, Agenda>();
  const memos: CodeMemo[] = [];
  const codeOf = new Map<string, string>();
  const roles = listed.map((t, r) => {
    const role = roleFrom(t, r + 1, roleName(t));
    const rows = new Map<number, Agenda>();
    for (const child of children[r]!) {
      const m = CELL_NAME.exec(nameOf(child))!;
      const number = Number(m[3]);
      const code = `${prefix}.${r + 1}.${number}`;
      codeOf.set(bareGuid(child.attributes.guid), code);
      if (shared) {
        const set = setOf.get(bareGuid(child.attributes.guid));
        const label = set?.attributes.name?.trim() || m[4]!.trim();
        const definition = set ? descriptionOf(set) : '';
        if (!agendas.has(number)) agendas.set(number, { number, label: { id: label, en: label }, definition: { id: definition, en: definition }, color: AGENDA_COLOR });
        memos.push({ code, text: cellMemo(child, context) });
      } else {
        rows.set(number, ownRow(child, number, m[4]!.trim(), role));
        memos.push({ code, text: context.notesOf(child) });
      }
    }
    return { ...role, rows: shared ? [] : inNumberOrder(rows, file) };
  });
  const codebook: Codebook = { name, prefix, sharedRows: shared, roles, agendas: shared ? inNumberOrder(agendas, file) : [], memos: [] };
  codebook.memos = sortedMemos(codebook, memos);
  return { codebook, codeOf };
}

/** Rows by their numbers, which must run 1, 2, 3…. */
function inNumberOrder(rows: Map<number, Agenda>, file: string): Agenda[] {
  const sorted = [...rows.values()].sort((a, b) => a.number - b.number);
  const gap = sorted.findIndex((a, i) => a.number !== i + 1);
  if (gap >= 0) throw new ImportError(file, null, reason('codebook.gap', { kind: 'agenda', number: gap + 1 }));
  return sorted;
}

/** Another tool's codes as their tree: top-level codes as roles, everything below as their rows. */
function treeCodebook(listed: XmlElement[], origin: string | undefined, name: string, context: CodeContext): Built {
  const prefix = '4';
  const flat = listed.every((t) => childrenNamed(t, 'Code').length === 0);
  const memos: CodeMemo[] = [];
  const codeOf = new Map<string, string>();
  const rowsOf = (role: Role) => {
    const rows: Agenda[] = [];
    const add = (e: XmlElement, label: string) => {
      const code = `${prefix}.${role.number}.${rows.length + 1}`;
      rows.push(ownRow(e, rows.length + 1, label, role));
      codeOf.set(bareGuid(e.attributes.guid), code);
      memos.push({ code, text: context.notesOf(e) });
    };
    const walk = (e: XmlElement, path: string[]) => {
      for (const child of childrenNamed(e, 'Code')) {
        const here = [...path, nameOf(child) || '?'];
        add(child, pathName(here));
        walk(child, here);
      }
    };
    return { rows, add, walk };
  };
  let roles: Role[];
  if (flat) {
    const role: Role = { number: 1, name: { id: 'Kode', en: 'Codes' }, definition: { id: '', en: '' }, color: paletteColor(1), rows: [] };
    const one = rowsOf(role);
    for (const code of listed) one.add(code, nameOf(code) || '?');
    roles = [{ ...role, rows: one.rows }];
  } else {
    roles = listed.map((top, i) => {
      const role = roleFrom(top, i + 1, nameOf(top) || '?');
      const own = rowsOf(role);
      const leaf = childrenNamed(top, 'Code').length === 0;
      const codable = top.attributes.isCodable !== 'false';
      // The top-level code itself stays a code when it can be coded and is, or when it has nothing below it.
      if (codable && (leaf || context.coded.has(bareGuid(top.attributes.guid)))) own.add(top, nameOf(top) || '?');
      own.walk(top, []);
      return { ...role, rows: own.rows };
    });
  }
  const codebook: Codebook = { name: origin ? `${name} (${origin})` : name, prefix, sharedRows: false, roles, agendas: [], memos: [] };
  codebook.memos = sortedMemos(codebook, memos);
  return { codebook, codeOf };
}
