/**
 * The REFI-QDA codebook exchange file (`.qdc`), read by NVivo, ATLAS.ti, MAXQDA and
 * QualCoder. A matrix codebook is written as a tree: each role is a non-codable parent
 * code, its cells are codable child codes named `4.1.3 <agenda>`, and each agenda is a
 * Set whose members are that column's codes. Output is strict (valid against
 * Codebook.xsd, stable GUIDs); input is lenient: any namespace spelling, GUIDs of any
 * form, and a codebook from another tool becomes a matrix with its top-level codes as
 * roles and their sub-codes as agendas.
 */
import { listCodes } from '../codebook.ts';
import type { Agenda, Codebook, CodeMemo, Role } from '../model.ts';
import { AGENDA_COLOR, isColor, normaliseColor, paletteColor } from '../palette.ts';
import { stableGuid } from './guid.ts';
import { cleanCodebook } from './codebook-clean.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';
import { childNamed, childrenNamed, escapeXml, parseXml, XmlError, type XmlElement } from './xml.ts';

const description = (text: string, indent: string) => (text.trim() === '' ? '' : `${indent}<Description>${escapeXml(text)}</Description>\n`);

export function exportCodebookQdc(codebook: Codebook, seed: string): string {
  if (codebook.roles.length === 0) throw new Error('a codebook without roles cannot be written as .qdc: REFI-QDA needs at least one code');
  const guid = (what: string) => stableGuid(`${seed}/${what}`);
  const memo = new Map(codebook.memos.map((m) => [m.code, m.text]));
  const codes = listCodes(codebook);
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', `<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Telaah">`, '  <Codes>'];
  for (const role of codebook.roles) {
    const open = `    <Code guid="${guid(`role/${role.name.id}`)}" name="${escapeXml(`${codebook.prefix}.${role.number} ${role.name.id}`)}" isCodable="false" color="${role.color}"`;
    const cells = codes.filter((c) => c.role === role);
    if (cells.length === 0 && role.definition.id.trim() === '') {
      lines.push(`${open}/>`);
      continue;
    }
    lines.push(`${open}>`);
    lines.push(description(role.definition.id, '      ').trimEnd());
    for (const c of cells) {
      const attrs = `guid="${guid(`code/${role.name.id}/${c.agenda.label.id}`)}" name="${escapeXml(`${c.code} ${c.agenda.label.id}`)}" isCodable="true" color="${role.color}"`;
      const text = memo.get(c.code) ?? '';
      lines.push(text.trim() === '' ? `      <Code ${attrs}/>` : `      <Code ${attrs}>\n${description(text, '        ')}      </Code>`);
    }
    lines.push('    </Code>');
  }
  lines.push('  </Codes>');
  if (codebook.agendas.length > 0) {
    lines.push('  <Sets>');
    for (const agenda of codebook.agendas) {
      lines.push(`    <Set guid="${guid(`agenda/${agenda.label.id}`)}" name="${escapeXml(agenda.label.id)}">`);
      lines.push(description(agenda.definition.id, '      ').trimEnd());
      for (const c of codes.filter((x) => x.agenda === agenda)) lines.push(`      <MemberCode guid="${guid(`code/${c.role.name.id}/${agenda.label.id}`)}"/>`);
      lines.push('    </Set>');
    }
    lines.push('  </Sets>');
  }
  lines.push('</CodeBook>');
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

const textOf = (e: XmlElement | undefined) => (e ? e.text.trim() : '');
const colorOf = (e: XmlElement) => (isColor(e.attributes.color?.trim() ?? '') ? normaliseColor(e.attributes.color!) : null);
const CELL_NAME = /^(\d+(?:\.\d+)*)\.(\d+)\.(\d+)\s+(.*)$/s;

function descendants(code: XmlElement): XmlElement[] {
  return childrenNamed(code, 'Code').flatMap((c) => [c, ...descendants(c)]);
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

const bareGuid = (guid: string | undefined) => (guid ?? '').toLowerCase().replace(/[{}]/g, '');

/**
 * A matrix codebook from REFI-QDA codes (a .qdc's CodeBook, or a project's), with the
 * Telaah code each codable REFI code became, by GUID (lower case, no braces). A Telaah
 * file comes back as it was; another tool's tree becomes its top-level codes as roles and
 * their sub-codes as agendas; a flat list of codes becomes one role whose agendas they are.
 */
export function codebookFromXml(codeBook: XmlElement, setsParent: XmlElement, file: string, name: string): { codebook: Codebook; codeOf: Map<string, string> } {
  const root = codeBook;
  const listed = childrenNamed(childNamed(root, 'Codes') ?? root, 'Code');
  if (listed.length === 0) throw new ImportError(file, root.line, reason('codebook.empty'));
  const flat = listed.every((t) => childrenNamed(t, 'Code').length === 0);
  // A flat list: one role holding every code as an agenda.
  const top: XmlElement[] = flat ? [{ name: 'Code', attributes: { name: setsParent.attributes.origin || 'Kode' }, children: listed, text: '', line: root.line }] : listed;
  const children = top.map((t) => descendants(t));
  const cells = children.flat().map((c) => CELL_NAME.exec(c.attributes.name ?? ''));
  const telaah = cells.length > 0 && cells.every((m) => m !== null) && new Set(cells.map((m) => m![1])).size === 1;
  const prefix = telaah ? cells[0]![1]! : '4';
  const roleName = (t: XmlElement) => (t.attributes.name ?? '').replace(new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.\\d+\\s+`), '').trim() || '?';
  const roles: Role[] = top.map((t, i) => {
    const n = roleName(t);
    return { number: i + 1, name: { id: n, en: n }, definition: { id: textOf(childNamed(t, 'Description')), en: textOf(childNamed(t, 'Description')) }, color: colorOf(t) ?? paletteColor(i + 1) };
  });
  // Agenda of each sub-code: its number in a Telaah file, else its name's first appearance.
  const setOf = new Map<string, XmlElement>();
  for (const set of childrenNamed(childNamed(setsParent, 'Sets') ?? setsParent, 'Set')) {
    for (const m of childrenNamed(set, 'MemberCode')) setOf.set(bareGuid(m.attributes.guid ?? m.attributes.targetGUID), set);
  }
  const agendaKeys: string[] = [];
  const agendaInfo = new Map<string, { label: string; definition: string }>();
  const memos: { role: number; key: string; text: string }[] = [];
  const placed: { guid: string; role: number; key: string }[] = [];
  top.forEach((_, r) => {
    for (const child of children[r]!) {
      const m = CELL_NAME.exec(child.attributes.name ?? '');
      const set = setOf.get(bareGuid(child.attributes.guid));
      const key = telaah ? m![3]! : (child.attributes.name ?? '').trim();
      if (!agendaInfo.has(key)) {
        agendaKeys.push(key);
        agendaInfo.set(key, { label: set?.attributes.name?.trim() || (telaah ? m![4]!.trim() : key), definition: textOf(set && childNamed(set, 'Description')) });
      }
      placed.push({ guid: bareGuid(child.attributes.guid), role: r + 1, key });
      const memo = textOf(childNamed(child, 'Description'));
      if (memo !== '') memos.push({ role: r + 1, key, text: memo });
    }
  });
  if (telaah) {
    agendaKeys.sort((a, b) => Number(a) - Number(b));
    const gap = agendaKeys.findIndex((k, i) => Number(k) !== i + 1);
    if (gap >= 0) throw new ImportError(file, null, reason('codebook.gap', { kind: 'agenda', number: gap + 1 }));
  }
  const agendas: Agenda[] = agendaKeys.map((k, i) => {
    const info = agendaInfo.get(k)!;
    return { number: i + 1, label: { id: info.label, en: info.label }, definition: { id: info.definition, en: info.definition }, color: AGENDA_COLOR };
  });
  const agendaNo = new Map(agendaKeys.map((k, i) => [k, i + 1]));
  const origin = setsParent.attributes.origin;
  const codebook: Codebook = { name: origin && !telaah ? `${name} (${origin})` : name, prefix, roles, agendas, memos: [] };
  const rank = new Map(listCodes(codebook).map((c, i) => [c.code, i]));
  codebook.memos = memos
    .map((m): CodeMemo => ({ code: `${prefix}.${m.role}.${agendaNo.get(m.key)}`, text: m.text }))
    .sort((a, b) => (rank.get(a.code) ?? 0) - (rank.get(b.code) ?? 0));
  const codeOf = new Map(placed.map((p) => [p.guid, `${prefix}.${p.role}.${agendaNo.get(p.key)}`]));
  return { codebook: cleanCodebook(codebook, file), codeOf };
}
