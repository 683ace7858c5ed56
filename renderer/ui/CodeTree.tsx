/**
 * The codes of a codebook whose roles have their own rows, as a tree to pick from: each
 * role a group that opens to its codes. While the code filter is in use only the matching
 * codes show, their roles open. Used where the matrix grid (CodeGrid) would be a grid of
 * rows most roles do not have.
 */
import { memo } from 'react';
import { listCodes } from '../../shared/codebook.ts';
import type { CodeGridProps } from './CodeGrid.tsx';

export const CodeTree = memo(function CodeTree({ codebook, lang, matching, onPick, disabled }: CodeGridProps) {
  const codes = listCodes(codebook).filter((c) => matching === undefined || matching.has(c.code));
  return (
    <ul className="code-tree">
      {codebook.roles.map((role) => {
        const own = codes.filter((c) => c.role === role);
        if (matching !== undefined && own.length === 0) return null;
        return (
          // Keyed by the filter too, so a search opens every role it finds codes in.
          <li key={`${role.number}-${matching === undefined}`}>
            <details open={matching !== undefined || codebook.roles.length <= 4}>
              <summary title={role.definition[lang]}>
                <span className="swatch" style={{ background: role.color }} aria-hidden="true" />
                {codebook.prefix}.{role.number} {role.name[lang]} <span className="muted">({own.length})</span>
              </summary>
              <ul>
                {own.map((c) => (
                  <li key={c.code}>
                    <button type="button" className="code-tree-item" title={c.agenda.definition[lang] || undefined} aria-label={`${c.code} ${role.name[lang]} · ${c.agenda.label[lang]}`} disabled={disabled} onClick={() => onPick(c.code)}>
                      <code>{c.code}</code> {c.agenda.label[lang]}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
});
