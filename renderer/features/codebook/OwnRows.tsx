/**
 * The own codes of one role, in a codebook whose roles do not share their rows: the role
 * is chosen from a list, its codes edited in place (names, description, colour, order,
 * removal), and a code can move to another role with its segments.
 */
import { useState } from 'react';
import { addAgenda, codesOfRow, moveAgenda, moveRowToRole, removeAgenda, updateAgenda, type CodebookEdit } from '../../../shared/codebook-edit.ts';
import type { Codebook } from '../../../shared/model.ts';
import { useLang } from '../../i18n/context.tsx';
import { RowList } from './RowList.tsx';

interface Props {
  codebook: Codebook;
  uses: ReadonlyMap<string, number>;
  save(change: (codebook: Codebook) => Codebook): void;
  recode(edit: (codebook: Codebook) => CodebookEdit): void;
  remove(name: string, edit: (codebook: Codebook) => CodebookEdit): void;
}

export function OwnRows({ codebook, uses, save, recode, remove }: Props) {
  const { t, lang } = useLang();
  const [chosen, setChosen] = useState(1);
  const role = codebook.roles.find((r) => r.number === chosen) ?? codebook.roles[0];
  if (!role) return <p className="empty">{t('codebook.noRoles')}</p>;
  const n = role.number;
  const codeOfRow = (row: number) => `${codebook.prefix}.${n}.${row}`;
  const rowUses = new Map(role.rows.map((a) => [a.number, codesOfRow(codebook, 'agenda', a.number, n).reduce((sum, c) => sum + (uses.get(c) ?? 0), 0)]));
  return (
    <div className="own-rows">
      <label>
        {t('codebook.codesOf')}
        <select value={n} onChange={(e) => setChosen(Number(e.target.value))} name="role">
          {codebook.roles.map((r) => (
            <option key={r.number} value={r.number}>
              {codebook.prefix}.{r.number} {r.name[lang]} ({r.rows.length})
            </option>
          ))}
        </select>
      </label>
      <RowList
        key={n}
        kind="code"
        codeOfRow={codeOfRow}
        items={role.rows.map((a) => ({ number: a.number, name: a.label, definition: a.definition, color: a.color }))}
        uses={rowUses}
        onUpdate={(row, { name, ...rest }) => save((cb) => updateAgenda(cb, row, name ? { ...rest, label: name } : rest, n))}
        onMove={(row, to) => recode((cb) => moveAgenda(cb, row, to, n))}
        onRemove={(row, into) => remove(`${codeOfRow(row)} ${role.rows.find((a) => a.number === row)?.label[lang] ?? ''}`, (cb) => removeAgenda(cb, row, into, n))}
        onAdd={(name) => save((cb) => addAgenda(cb, name, undefined, n))}
        moveTo={{
          roles: codebook.roles.filter((r) => r.number !== n).map((r) => ({ number: r.number, label: `${codebook.prefix}.${r.number} ${r.name[lang]}` })),
          onMoveTo: (row, to) => recode((cb) => moveRowToRole(cb, n, row, to)),
        }}
      />
    </div>
  );
}
