/**
 * A codebook as the REFI-QDA code tree that .qdc and .qdpx both write: each role a parent
 * code named `4.1 <role>`, not codable, its codes as codable children named
 * `4.1.3 <row label>`. In a matrix a child's description is the code's memo (a cell has no
 * description of its own) and the agendas are also REFI Sets of the codes they hold. When
 * the roles have their own rows, a child's description is its row's, its memo a note, and
 * its colour the row's own (the role's when the row has none). Reading a tree back is
 * `codebookFromXml` (codebook-qdc.ts), which knows these names.
 */
import { listCodes } from '../codebook.ts';
import type { Agenda, Code, Codebook, Role } from '../model.ts';
import { AGENDA_COLOR } from '../palette.ts';

export interface TreeChild {
  code: Code;
  name: string;
  color: string;
  description: string;
  /** The code's memo, when the description is not it; '' otherwise. */
  note: string;
}

export interface TreeParent {
  role: Role;
  name: string;
  color: string;
  description: string;
  children: TreeChild[];
}

export interface TreeSet {
  agenda: Agenda;
  members: Code[];
}

export function codeTree(codebook: Codebook): TreeParent[] {
  const memo = new Map(codebook.memos.map((m) => [m.code, m.text]));
  const codes = listCodes(codebook);
  return codebook.roles.map((role) => ({
    role,
    name: `${codebook.prefix}.${role.number} ${role.name.id}`,
    color: role.color,
    description: role.definition.id,
    children: codes
      .filter((c) => c.role === role)
      .map((code) => ({
        code,
        name: `${code.code} ${code.agenda.label.id}`,
        color: codebook.sharedRows || code.agenda.color === AGENDA_COLOR ? role.color : code.agenda.color,
        description: codebook.sharedRows ? (memo.get(code.code) ?? '') : code.agenda.definition.id,
        note: codebook.sharedRows ? '' : (memo.get(code.code) ?? ''),
      })),
  }));
}

/** The agendas of a matrix as sets of their codes; none when roles have their own rows. */
export function agendaSets(codebook: Codebook): TreeSet[] {
  const codes = listCodes(codebook);
  return codebook.sharedRows ? codebook.agendas.map((agenda) => ({ agenda, members: codes.filter((c) => c.agenda === agenda) })) : [];
}
