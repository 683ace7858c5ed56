/**
 * Search across every session: the query (words, "phrases", prefix*), finding the forms of
 * a word or only the word as written, filters like the segments view, the hits as
 * keyword-in-context lines each opening its turn, coding one hit or all of them, and the
 * hits saved as CSV (names as the study's exports show them).
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { forExport } from '../../../shared/anonymise.ts';
import { listCodes } from '../../../shared/codebook.ts';
import type { Project } from '../../../shared/model.ts';
import { codeHits, uncodeHits, type CodedHits } from '../../../shared/search/code-hits.ts';
import { ANY_HIT, filterKwic, KWIC_COLUMNS, kwicRows, searchStudy, type KwicFilter, type KwicLine } from '../../../shared/search/kwic.ts';
import type { TurnWords } from '../../../shared/search/query.ts';
import { formatTime } from '../../../shared/formats/timestamp.ts';
import { coderChoice } from '../../coder-choice.ts';
import { useDb } from '../../db/context.tsx';
import { applyToProject } from '../../db/project.ts';
import { useLang } from '../../i18n/context.tsx';
import { hrefOf } from '../../router.ts';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';
import { KwicFilters } from './KwicFilters.tsx';
import { SaveList } from './SaveList.tsx';
import { ActionsHeader } from '../../ui/ActionsHeader.tsx';

/** Lines shown at once; the rest are counted, filtered and saved all the same. */
const SHOWN = 300;

interface Props {
  project: Project;
  words: TurnWords;
  query: string;
  onQuery(query: string): void;
}

export function SearchView({ project, words, query, onQuery }: Props) {
  const { t, lang } = useLang();
  const db = useDb();
  const notices = useNotice();
  const [forms, setForms] = useState(true);
  const [filter, setFilter] = useState<KwicFilter>(ANY_HIT);
  const [code, setCode] = useState('');
  const [lastStep, setLastStep] = useState<(Pick<CodedHits, 'made' | 'extended'> & { code: string }) | null>(null);
  const asked = useDeferredValue(query);
  const lines = useMemo(() => searchStudy(project, asked, { forms }, words), [project, asked, forms, words]);
  const shown = useMemo(() => filterKwic(lines, filter), [lines, filter]);
  const sessions = new Set(shown.map((l) => l.sessionId)).size;
  const codes = listCodes(project.study.codebook);
  const studyId = project.study.id;

  async function codeLines(hits: readonly KwicLine[]) {
    if (!code || hits.length === 0) return;
    const chosen = code;
    try {
      let step: CodedHits | null = null;
      await applyToProject(db, studyId, (p) => (step = codeHits(p, hits, chosen, coderChoice(studyId).coder)).project);
      const done = step as CodedHits | null;
      if (!done) return;
      setLastStep({ made: done.made, extended: done.extended, code: chosen });
      notices.info(t('explore.coded', { code: chosen, count: done.made.length + done.extended.length }));
    } catch (e) {
      notices.error(t('error.unexpected', { message: messageOf(e) }));
    }
  }

  async function undo() {
    if (!lastStep) return;
    const step = lastStep;
    setLastStep(null);
    await applyToProject(db, studyId, (p) => uncodeHits(p, step, step.code));
    notices.info(t('explore.uncoded', { code: step.code }));
  }

  /** The same search in the study as its exports show it: pseudonyms in place of names, in the speaker column and in the text. */
  const hitsTable = () => ({ header: KWIC_COLUMNS, rows: kwicRows(filterKwic(searchStudy(forExport(project), asked, { forms }), filter)) });

  return (
    <div className="search-view">
      <div className="toolbar">
        <input type="search" className="explore-query" name="query" aria-label={t('explore.query')} placeholder={t('explore.queryPlaceholder')} value={query} onChange={(e) => onQuery(e.target.value)} autoFocus />
        <label className="inline-field" title={t('explore.formsHelp')}>
          <input type="checkbox" checked={forms} onChange={(e) => setForms(e.target.checked)} name="forms" />
          {t('explore.forms')}
        </label>
      </div>
      <KwicFilters project={project} lines={lines} filter={filter} onChange={setFilter} />
      <div className="toolbar">
        <span aria-live="polite">{asked.trim() === '' ? t('explore.hint') : t('explore.count', { hits: shown.length, sessions })}</span>
        <span className="spacer" />
        <label>
          {t('explore.codeWith')}
          <select value={code} onChange={(e) => setCode(e.target.value)} name="code">
            <option value="">—</option>
            {codes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} {c.role.name[lang]} · {c.agenda.label[lang].slice(0, 40)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!code || shown.length === 0} onClick={() => void codeLines(shown)}>
          {t('explore.codeAll', { count: shown.length })}
        </button>
        {lastStep && (
          <button type="button" onClick={() => void undo()}>
            {t('explore.undo')}
          </button>
        )}
        <SaveList name="hasil-pencarian" label={t('explore.saveHits')} disabled={shown.length === 0} notices={notices} table={hitsTable} />
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      {shown.length > 0 && (
        <table className="data-table kwic-table">
          <thead>
            <tr>
              <th>{t('segments.session')}</th>
              <th>{t('segments.speaker')}</th>
              <th className="kwic-context" colSpan={3}>
                {t('explore.context')}
              </th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, SHOWN).map((l) => (
              <tr key={`${l.turnId}-${l.start}`}>
                <td>
                  {l.session}
                  {l.timestamp !== null && <span className="muted"> {formatTime(l.timestamp)}</span>}
                </td>
                <td>
                  {l.speaker || '—'}
                  {l.assistantType && <span className="muted"> ({l.assistantType})</span>}
                </td>
                <td className="kwic-left">{l.left}</td>
                <td className="kwic-keyword">
                  <mark>{l.keyword}</mark>
                </td>
                <td className="kwic-right">{l.right}</td>
                <td className="kwic-actions">
                  <a href={hrefOf({ page: 'session', studyId, sessionId: l.sessionId, turnId: l.turnId })}>{t('matrix.open')}</a>
                  <button type="button" className="link" disabled={!code} onClick={() => void codeLines([l])} aria-label={t('explore.codeOne', { code: code || '…', words: l.keyword })}>
                    {t('explore.codeThis')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown.length > SHOWN && <p className="muted">{t('explore.more', { shown: SHOWN, all: shown.length })}</p>}
    </div>
  );
}
