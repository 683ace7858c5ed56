/**
 * The role × agenda matrix as a grid of code buttons: roles as rows, agendas as columns.
 * Used to pick a code while coding; codes not matching the current filter are dimmed.
 */
import { codeOf } from '../../shared/codebook.ts';
import type { Codebook, Lang } from '../../shared/model.ts';

export interface CodeGridProps {
  codebook: Codebook;
  lang: Lang;
  /** Codes to show as matching (all when undefined). */
  matching?: ReadonlySet<string>;
  onPick(code: string): void;
  disabled?: boolean;
  /** The name of the roles' column, for screen readers. */
  roleHeading?: string;
}

export function CodeGrid({ codebook, lang, matching, onPick, disabled, roleHeading = '' }: CodeGridProps) {
  return (
    <table className="code-grid">
      <thead>
        <tr>
          <th>
            <span className="sr-only">{roleHeading}</span>
          </th>
          {codebook.agendas.map((a) => (
            <th key={a.number} title={a.label[lang]} scope="col">
              {a.number}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {codebook.roles.map((r) => (
          <tr key={r.number}>
            <th scope="row" title={r.definition[lang]}>
              {r.name[lang]}
            </th>
            {codebook.agendas.map((a) => {
              const code = codeOf(codebook, r.number, a.number);
              const dim = matching !== undefined && !matching.has(code);
              return (
                <td key={a.number}>
                  <button
                    type="button"
                    className={`code-button${dim ? ' dim' : ''}`}
                    style={{ background: r.color }}
                    title={`${code} ${r.name[lang]} · ${a.label[lang]}`}
                    aria-label={`${code} ${r.name[lang]} · ${a.label[lang]}`}
                    disabled={disabled || dim}
                    onClick={() => onPick(code)}
                  >
                    {code}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
