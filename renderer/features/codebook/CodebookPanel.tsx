/**
 * The study's codebook, editable: prefix, roles with names, descriptions and colours, their
 * order and removal; the agendas every role shares, or each role's own codes; whether the
 * roles share their rows; memos on codes; templates and codebook files. Codes renumber as
 * rows move; segments follow.
 */
import { useCallback, useMemo } from 'react';
import { addAgenda, addRole, CodebookEditError, codesOfRow, moveAgenda, moveRole, removeAgenda, removeRole, setCodeMemo, setPrefix, setSharedRows, updateAgenda, updateRole } from '../../../shared/codebook-edit.ts';
import type { Codebook, Study } from '../../../shared/model.ts';
import { useCodeUses } from '../../db/hooks.ts';
import { useLang } from '../../i18n/context.tsx';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';
import { CodebookFiles } from './CodebookFiles.tsx';
import { CodeMemos } from './CodeMemos.tsx';
import { OwnRows } from './OwnRows.tsx';
import { RowList } from './RowList.tsx';
import { useCodebookActions } from './useCodebookActions.ts';

/** While the counts are read: one empty map, so the memos below are not worked out again on every render. */
const NO_USES: ReadonlyMap<string, number> = new Map();

function usesByRow(codebook: Codebook, kind: 'role' | 'agenda', uses: ReadonlyMap<string, number>): Map<number, number> {
  const rows = kind === 'role' ? codebook.roles : codebook.agendas;
  return new Map(rows.map((r) => [r.number, codesOfRow(codebook, kind, r.number).reduce((n, c) => n + (uses.get(c) ?? 0), 0)]));
}

export function CodebookPanel({ study }: { study: Study }) {
  const { t, lang } = useLang();
  const notices = useNotice();
  const { codebook } = study;
  const uses = useCodeUses(study.id) ?? NO_USES;
  const onError = useCallback(
    (e: unknown) => notices.error(e instanceof CodebookEditError ? t(`codebook.error.${e.kind}`) : t('error.unexpected', { message: messageOf(e) })),
    [notices, t],
  );
  const { save, recode, remove } = useCodebookActions(study, onError);
  const roleUses = useMemo(() => usesByRow(codebook, 'role', uses), [codebook, uses]);
  const agendaUses = useMemo(() => usesByRow(codebook, 'agenda', uses), [codebook, uses]);
  const p = codebook.prefix;

  return (
    <section className="panel codebook">
      <h2>{codebook.name}</h2>
      <p className="muted">{t(codebook.sharedRows ? 'codebook.intro' : 'codebook.introOwn', { prefix: p })}</p>
      <CodebookFiles study={study} notices={notices} />
      <Notice notice={notices.notice} onClose={notices.clear} />
      <div className="toolbar">
        <label className="prefix">
          {t('codebook.prefix')}
          <input key={p} defaultValue={p} size={4} onBlur={(e) => e.target.value.trim() !== p && void recode((cb) => setPrefix(cb, e.target.value))} />
        </label>
        <label className="inline-field" title={t('codebook.sharedRowsHelp')}>
          <input type="checkbox" name="sharedRows" checked={codebook.sharedRows} onChange={(e) => void save((cb) => setSharedRows(cb, e.target.checked))} />
          {t('codebook.sharedRows')}
        </label>
      </div>
      <CodeMemos codebook={codebook} uses={uses} onMemo={(code, text) => void save((cb) => setCodeMemo(cb, code, text))} />
      <div className="two-columns">
        <div>
          <h3>{t('codebook.roles')}</h3>
          <RowList
            kind="role"
            codeOfRow={(n) => `${p}.${n}.*`}
            items={codebook.roles.map((r) => ({ number: r.number, name: r.name, definition: r.definition, color: r.color }))}
            uses={roleUses}
            onUpdate={(n, patch) => void save((cb) => updateRole(cb, n, patch))}
            onMove={(n, to) => void recode((cb) => moveRole(cb, n, to))}
            onRemove={(n, into) => void remove(`${p}.${n}.* ${codebook.roles.find((r) => r.number === n)?.name[lang] ?? ''}`, (cb) => removeRole(cb, n, into))}
            onAdd={(name) => void save((cb) => addRole(cb, name))}
          />
        </div>
        <div>
          <h3>{t(codebook.sharedRows ? 'codebook.agendas' : 'codebook.ownCodes')}</h3>
          {codebook.sharedRows ? (
            <RowList
              kind="agenda"
              codeOfRow={(n) => `${p}.*.${n}`}
              items={codebook.agendas.map((a) => ({ number: a.number, name: a.label, definition: a.definition, color: a.color }))}
              uses={agendaUses}
              onUpdate={(n, { name, ...rest }) => void save((cb) => updateAgenda(cb, n, name ? { ...rest, label: name } : rest))}
              onMove={(n, to) => void recode((cb) => moveAgenda(cb, n, to))}
              onRemove={(n, into) => void remove(`${p}.*.${n} ${codebook.agendas.find((a) => a.number === n)?.label[lang] ?? ''}`, (cb) => removeAgenda(cb, n, into))}
              onAdd={(name) => void save((cb) => addAgenda(cb, name))}
            />
          ) : (
            <OwnRows codebook={codebook} uses={uses} save={(c) => void save(c)} recode={(e) => void recode(e)} remove={(name, e) => void remove(name, e)} />
          )}
        </div>
      </div>
    </section>
  );
}
