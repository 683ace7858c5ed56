/**
 * The code picker beside the transcript: shows the selected text, filters the codes by
 * number or words as the user types (Enter applies the first match), and offers every
 * code for the mouse: the role × agenda grid of a matrix, or the roles as a tree of their
 * own codes.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { codeLabel, filterCodes } from '../../../shared/codebook.ts';
import type { Codebook, Lang } from '../../../shared/model.ts';
import { useT } from '../../i18n/context.tsx';
import { CodeGrid } from '../../ui/CodeGrid.tsx';
import { CodeTree } from '../../ui/CodeTree.tsx';
import { useKeyCapture } from '../../ui/useKeyCapture.ts';
import { REFOCUS_TEXT_EVENT } from './plugins/RefocusPlugin.tsx';
import type { SelectedSpan } from './plugins/SelectionPlugin.tsx';

export interface CodingPanelProps {
  codebook: Codebook;
  codeColors: ReadonlyMap<string, string>;
  lang: Lang;
  selection: (SelectedSpan & { turnId: string }) | null;
  onApply(code: string): void;
  /** The code search field, for the hotkey that goes to it. */
  searchRef?: React.Ref<HTMLInputElement>;
}

export function CodingPanel({ codebook, codeColors, lang, selection, onApply, searchRef }: CodingPanelProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const matches = useMemo(() => filterCodes(codebook, query), [codebook, query]);
  const matching = useMemo(() => (query.trim() === '' ? undefined : new Set(matches.map((c) => c.code))), [matches, query]);

  function apply(code: string) {
    onApply(code);
    setQuery('');
    setRecent((codes) => [code, ...codes.filter((c) => c !== code)].slice(0, 5));
  }
  // One function for the life of the panel, so a tree of thousands of codes is not drawn again as the selection changes.
  const latest = useRef(apply);
  latest.current = apply;
  const pick = useCallback((code: string) => latest.current(code), []);

  // Alt+1…5 applies one of the last used codes to the selected text, from anywhere.
  useKeyCapture((event) => {
    const n = /^Digit([1-5])$/.exec(event.code)?.[1];
    const code = n ? recent[Number(n) - 1] : undefined;
    if (!event.altKey || event.ctrlKey || event.metaKey || !code || !selection) return false;
    apply(code);
    return true;
  });

  return (
    <aside className="coding-panel" aria-label={t('coding.title')}>
      <h3>{t('coding.title')}</h3>
      {selection ? (
        <blockquote className="coding-selection" aria-label={t('coding.selection')}>
          {selection.text}
        </blockquote>
      ) : (
        <p className="muted">{t('coding.hint')}</p>
      )}
      {recent.length > 0 && (
        <div className="recent-codes" aria-label={t('coding.recent')}>
          {recent.map((code, i) => (
            <button key={code} type="button" className="code-chip" style={{ background: codeColors.get(code) }} disabled={!selection} onClick={() => apply(code)} title={`Alt+${i + 1}`}>
              {code} <kbd>Alt+{i + 1}</kbd>
            </button>
          ))}
        </div>
      )}
      <input
        ref={searchRef}
        type="search"
        className="code-filter"
        placeholder={t('coding.filter')}
        aria-label={t('coding.filter')}
        value={query}
        data-escape-closes
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = matches[0];
          if (e.key === 'Enter' && first && selection) {
            e.preventDefault();
            apply(first.code);
            window.dispatchEvent(new Event(REFOCUS_TEXT_EVENT));
          }
          // Esc goes back to the text, the selection as it was.
          if (e.key === 'Escape') {
            e.preventDefault();
            setQuery('');
            window.dispatchEvent(new Event(REFOCUS_TEXT_EVENT));
          }
        }}
      />
      {matching && codebook.sharedRows && (
        <ul className="code-matches">
          {matches.length === 0 && <li className="muted">{t('coding.noMatch')}</li>}
          {matches.slice(0, 6).map((c) => (
            <li key={c.code}>
              <button type="button" className="link" disabled={!selection} onClick={() => apply(c.code)}>
                {codeLabel(c, lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {codebook.sharedRows ? (
        <>
          <CodeGrid codebook={codebook} lang={lang} matching={matching} onPick={apply} disabled={!selection} roleHeading={t('codebook.role')} />
          <ol className="agenda-key">
            {codebook.agendas.map((a) => (
              <li key={a.number} value={a.number}>
                {a.label[lang]}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          {matching && matches.length === 0 && <p className="muted">{t('coding.noMatch')}</p>}
          <CodeTree codebook={codebook} lang={lang} matching={matching} onPick={pick} disabled={!selection} />
        </>
      )}
    </aside>
  );
}
