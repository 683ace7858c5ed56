/**
 * A codebook as it comes in from a file, its names made one clean line: Unicode NFC,
 * invisible characters removed, spaces folded; a role or row name that holds a line
 * break or a control character, or runs past the length limit, is refused naming the file.
 * Every codebook importer (CSV, .qdc, a .qdpx's code tree) ends here.
 */
import type { Agenda, Bilingual, Codebook } from '../model.ts';
import { cleanName, cleanText } from '../text-clean.ts';
import { checkName } from './import-error.ts';

export function cleanCodebook(codebook: Codebook, file: string): Codebook {
  const name = (b: Bilingual): Bilingual => {
    const id = cleanName(b.id);
    const en = cleanName(b.en);
    checkName(id, file, null, 'label');
    checkName(en, file, null, 'label');
    return { id, en };
  };
  const text = (b: Bilingual): Bilingual => ({ id: cleanText(b.id), en: cleanText(b.en) });
  const rows = (list: Agenda[]) => list.map((a) => ({ ...a, label: name(a.label), definition: text(a.definition) }));
  return {
    ...codebook,
    name: cleanName(codebook.name),
    roles: codebook.roles.map((r) => ({ ...r, name: name(r.name), definition: text(r.definition), rows: rows(r.rows) })),
    agendas: rows(codebook.agendas),
    memos: codebook.memos.map((m) => ({ ...m, text: cleanText(m.text) })),
  };
}
