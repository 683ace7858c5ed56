/**
 * The roles, the shared agendas or one role's own codes of a codebook, each editable in
 * place: names in both languages, description, colour, position; a role's own code can
 * also move to another role; and removal, which asks where the segments of its codes go
 * when any use them.
 */
import { useState } from 'react';
import type { Bilingual } from '../../../shared/model.ts';
import { useLang } from '../../i18n/context.tsx';
import { RemoveChoice } from './RemoveChoice.tsx';

export interface RowItem {
  number: number;
  name: Bilingual;
  definition: Bilingual;
  color: string;
}

export interface RowListProps {
  kind: 'role' | 'agenda' | 'code';
  /** How a row is numbered in the list, e.g. `4.2.*` for role 2. */
  codeOfRow(number: number): string;
  items: RowItem[];
  /** Segments using the codes of each row, by row number. */
  uses: Map<number, number>;
  onUpdate(number: number, patch: Partial<Omit<RowItem, 'number'>>): void;
  onMove(number: number, position: number): void;
  onRemove(number: number, mergeInto: number | null): void;
  onAdd(name: Bilingual): void;
  /** Other roles a row can move to, with its segments (a role's own codes only). */
  moveTo?: { roles: { number: number; label: string }[]; onMoveTo(number: number, role: number): void };
}

export function RowList({ kind, codeOfRow, items, uses, onUpdate, onMove, onRemove, onAdd, moveTo }: RowListProps) {
  const { t } = useLang();
  const [removing, setRemoving] = useState<number | null>(null);
  const [nameId, setNameId] = useState('');
  const [nameEn, setNameEn] = useState('');

  function add(event: React.FormEvent) {
    event.preventDefault();
    if (nameId.trim() === '') return;
    onAdd({ id: nameId, en: nameEn });
    setNameId('');
    setNameEn('');
  }

  function remove(n: number) {
    if ((uses.get(n) ?? 0) > 0) setRemoving(n);
    else if (window.confirm(t(`codebook.${kind}.removeConfirm`, { code: codeOfRow(n) }))) onRemove(n, null);
  }

  return (
    <div className={`row-list ${kind}-list`}>
      <ol>
        {items.map((item, i) => (
          <li key={`${item.number}-${item.name.id}`} data-row={item.number}>
            <div className="row-head">
              <code>{codeOfRow(item.number)}</code>
              <input type="color" value={item.color} aria-label={t('codebook.colorOf', { name: item.name.id })} onChange={(e) => onUpdate(item.number, { color: e.target.value })} />
              <input aria-label={t('codebook.nameId', { code: codeOfRow(item.number) })} defaultValue={item.name.id} onBlur={(e) => e.target.value.trim() && e.target.value !== item.name.id && onUpdate(item.number, { name: { ...item.name, id: e.target.value } })} />
              <input aria-label={t('codebook.nameEn', { code: codeOfRow(item.number) })} defaultValue={item.name.en} onBlur={(e) => e.target.value !== item.name.en && onUpdate(item.number, { name: { ...item.name, en: e.target.value } })} />
              <span className="row-actions">
                <button type="button" className="link" disabled={i === 0} onClick={() => onMove(item.number, i)} aria-label={t('codebook.moveUp', { code: codeOfRow(item.number) })}>↑</button>
                <button type="button" className="link" disabled={i === items.length - 1} onClick={() => onMove(item.number, i + 2)} aria-label={t('codebook.moveDown', { code: codeOfRow(item.number) })}>↓</button>
                {moveTo && moveTo.roles.length > 0 && (
                  <select value="" aria-label={t('codebook.moveToRole', { code: codeOfRow(item.number) })} onChange={(e) => e.target.value && moveTo.onMoveTo(item.number, Number(e.target.value))}>
                    <option value="">{t('codebook.moveTo')}</option>
                    {moveTo.roles.map((r) => (
                      <option key={r.number} value={r.number}>
                        {r.label}
                      </option>
                    ))}
                  </select>
                )}
                <button type="button" className="link danger" onClick={() => remove(item.number)} aria-label={t('codebook.remove', { code: codeOfRow(item.number) })}>{t('common.delete')}</button>
              </span>
            </div>
            <textarea
              rows={2}
              aria-label={t('codebook.describe', { code: codeOfRow(item.number) })}
              placeholder={t('codebook.descriptionPlaceholder')}
              defaultValue={item.definition.id}
              onBlur={(e) => e.target.value !== item.definition.id && onUpdate(item.number, { definition: { id: e.target.value, en: item.definition.en === item.definition.id ? e.target.value : item.definition.en } })}
            />
            {removing === item.number && (
              <RemoveChoice
                kind={kind}
                code={codeOfRow(item.number)}
                uses={uses.get(item.number) ?? 0}
                others={items.filter((x) => x.number !== item.number).map((x) => ({ number: x.number, label: `${codeOfRow(x.number)} ${x.name.id}` }))}
                onCancel={() => setRemoving(null)}
                onConfirm={(target) => {
                  setRemoving(null);
                  onRemove(item.number, target);
                }}
              />
            )}
          </li>
        ))}
      </ol>
      <form className="form-row" onSubmit={add}>
        <input value={nameId} onChange={(e) => setNameId(e.target.value)} placeholder={t(`codebook.${kind}.newId`)} aria-label={t(`codebook.${kind}.newId`)} />
        <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} placeholder={t('codebook.newEn')} aria-label={t(`codebook.${kind}.newEn`)} />
        <button type="submit">{t(`codebook.${kind}.add`)}</button>
      </form>
    </div>
  );
}
