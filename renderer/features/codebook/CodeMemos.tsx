/**
 * The codes of the codebook, a matrix grid or (when roles have their own rows) a list by
 * role; choosing a code opens its memo (working definition, notes) beside it. Codes with a
 * memo are marked, codes in use show their count.
 */
import { useState } from 'react';
import { codeOf, codesOfRole, findCode, listCodes } from '../../../shared/codebook.ts';
import { codeMemo } from '../../../shared/codebook-edit.ts';
import type { Codebook } from '../../../shared/model.ts';
import { useLang } from '../../i18n/context.tsx';

interface Props {
  codebook: Codebook;
  uses: ReadonlyMap<string, number>;
  onMemo(code: string, text: string): void;
}

export function CodeMemos({ codebook, uses, onMemo }: Props) {
  const { t, lang } = useLang();
  const [selected, setSelected] = useState<string | null>(null);
  const code = selected ? findCode(codebook, selected) : undefined;
  if (listCodes(codebook).length === 0) return <p className="empty">{t('codebook.noCodes')}</p>;
  const memoEditor = code && (
    <label className="code-memo">
      <strong>
        {code.code} {code.role.name[lang]} · {code.agenda.label[lang]}
      </strong>
      <textarea
        key={code.code}
        rows={4}
        aria-label={t('codebook.memoOf', { code: code.code })}
        placeholder={t('codebook.memoPlaceholder')}
        defaultValue={codeMemo(codebook, code.code)}
        onBlur={(e) => e.target.value !== codeMemo(codebook, code.code) && onMemo(code.code, e.target.value)}
      />
    </label>
  );
  if (!codebook.sharedRows) {
    return (
      <div className="code-memos">
        <label>
          {t('codebook.memoFor')}
          <select value={selected ?? ''} onChange={(e) => setSelected(e.target.value || null)} name="memoCode">
            <option value="">—</option>
            {codebook.roles.map((r) => (
              <optgroup key={r.number} label={`${codebook.prefix}.${r.number} ${r.name[lang]}`}>
                {codesOfRole(codebook, r.number).map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code} {c.agenda.label[lang]}
                    {codeMemo(codebook, c.code) !== '' ? ' ✎' : ''}
                    {(uses.get(c.code) ?? 0) > 0 ? ` (${uses.get(c.code)})` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        {memoEditor}
      </div>
    );
  }
  return (
    <div className="code-memos">
      <table className="data-table codebook-matrix">
        <thead>
          <tr>
            <th>{t('codebook.role')}</th>
            {codebook.agendas.map((a) => (
              <th key={a.number} title={a.label[lang]}>
                <span className="swatch" style={{ background: a.color }} /> {a.number}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {codebook.roles.map((r) => (
            <tr key={r.number}>
              <th>
                <span className="swatch" style={{ background: r.color }} /> {codebook.prefix}.{r.number} {r.name[lang]}
              </th>
              {codebook.agendas.map((a) => {
                const c = codeOf(codebook, r.number, a.number);
                const memo = codeMemo(codebook, c) !== '';
                return (
                  <td key={a.number}>
                    <button type="button" className={`code-cell${selected === c ? ' selected' : ''}`} style={{ color: r.color }} onClick={() => setSelected(c)} aria-pressed={selected === c} title={t('codebook.memoOf', { code: c })}>
                      {c}
                      {memo && <span className="memo-mark" aria-label={t('codebook.hasMemo')}>✎</span>}
                      {(uses.get(c) ?? 0) > 0 && <small className="muted"> ({uses.get(c)})</small>}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {memoEditor}
    </div>
  );
}
