/**
 * Reading a codebook: the rows of a role (shared agendas or its own), its codes in table
 * order, looking a code up, and finding codes by number or by words of their labels (the
 * code picker's filter).
 */
import type { Agenda, Code, Codebook, Lang, Role } from './model.ts';

export function codeOf(codebook: Codebook, role: number, row: number): string {
  return `${codebook.prefix}.${role}.${row}`;
}

/** The rows of one role: the shared agendas in a matrix, the role's own rows otherwise. */
export function rowsOf(codebook: Codebook, role: Role): Agenda[] {
  return codebook.sharedRows ? codebook.agendas : role.rows;
}

/** Every code of the codebook, role by role, row by row (4.1.1, 4.1.2, … 4.4.8). */
export function listCodes(codebook: Codebook): Code[] {
  return codebook.roles.flatMap((role) => rowsOf(codebook, role).map((agenda) => ({ code: codeOf(codebook, role.number, agenda.number), role, agenda })));
}

export function findCode(codebook: Codebook, code: string): Code | undefined {
  return listCodes(codebook).find((c) => c.code === code.trim());
}

/** The codes of one role, in row order: the rows of that role's table. */
export function codesOfRole(codebook: Codebook, role: number): Code[] {
  return listCodes(codebook).filter((c) => c.role.number === role);
}

/**
 * A word as Indonesian and English spellings of it meet: lower case, accents off, and the
 * letters Indonesian spells otherwise written its way (c before e/i as s, other c and q as
 * k, x as ks, ph as f), so "edukator" finds Educator and "fasilitator" Facilitator.
 */
export function spellingKey(text: string): string {
  return text
    .toLocaleLowerCase('id')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ph/g, 'f')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks');
}

/**
 * Codes matching what the user typed: a code prefix (`4.2`, `4.2.3`) or words that all
 * occur in the role name or row label, in either language, case-insensitively and in
 * either language's spelling.
 */
export function filterCodes(codebook: Codebook, query: string): Code[] {
  const q = query.trim().toLowerCase();
  if (q === '') return listCodes(codebook);
  if (/^[\d.]+$/.test(q)) return listCodes(codebook).filter((c) => c.code.startsWith(q));
  const words = spellingKey(q).split(/\s+/);
  return listCodes(codebook).filter((c) => {
    const hay = spellingKey([c.role.name.id, c.role.name.en, c.agenda.label.id, c.agenda.label.en].join(' '));
    return words.every((w) => hay.includes(w));
  });
}

export function codeLabel(code: Code, lang: Lang): string {
  return `${code.code} ${code.role.name[lang]} · ${code.agenda.label[lang]}`;
}
