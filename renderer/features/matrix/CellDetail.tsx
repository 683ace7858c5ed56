/**
 * One matrix cell opened: its summary beside its evidence, the coded segments with
 * speaker, site and session (each linking to its place in the transcript). Segments can
 * be marked as exemplar quotes for the cell and put in the order the tables quote them.
 */
import { useEffect, useRef, useState } from 'react';
import { findCode } from '../../../shared/codebook.ts';
import { BY_ASSISTANT_TYPE } from '../../../shared/comparison.ts';
import { cellKey, type Matrix } from '../../../shared/matrix.ts';
import type { Project } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { moveExemplar, setCellSummary, toggleExemplar } from '../../db/summaries.ts';
import { codeMemo } from '../../../shared/codebook-edit.ts';
import { useLang } from '../../i18n/context.tsx';
import { hrefOf } from '../../router.ts';

export interface CellDetailProps {
  project: Project;
  matrix: Matrix;
  code: string;
  assistantType: string;
  onClose(): void;
}

export function CellDetail({ project, matrix, code, assistantType, onClose }: CellDetailProps) {
  const db = useDb();
  const { t, lang } = useLang();
  const quotes = matrix.cells.get(cellKey(code, assistantType))?.quotes ?? [];
  const typeLabel = matrix.groups.find((x) => x.key === assistantType)?.label ?? assistantType;
  // Summaries and exemplar quotes are written for the cells of assistant types, the tables' columns.
  const byType = matrix.by === BY_ASSISTANT_TYPE;
  const info = findCode(project.study.codebook, code);
  const cell = project.summaries.find((s) => s.code === code && s.assistantType === assistantType);
  const stored = cell?.text ?? '';
  const exemplars = (cell?.exemplars ?? []).filter((id) => quotes.some((q) => q.segment.id === id));
  const ordered = [...exemplars.map((id) => quotes.find((q) => q.segment.id === id)!), ...quotes.filter((q) => !exemplars.includes(q.segment.id))];
  const sites = new Map(project.participants.map((p) => [p.id, p.site]));
  const memo = codeMemo(project.study.codebook, code);
  const [summary, setSummary] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The summary typed but not yet written, written when the panel closes before the pause. */
  const pending = useRef<(() => void) | null>(null);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      pending.current?.();
    },
    [],
  );

  function change(text: string) {
    setSummary(text);
    clearTimeout(timer.current);
    const save = () => {
      pending.current = null;
      void setCellSummary(db, project.study.id, code, assistantType, text);
    };
    pending.current = save;
    timer.current = setTimeout(save, 300);
  }

  return (
    <aside className="cell-detail" aria-label={t('matrix.cellTitle', { code, type: typeLabel })}>
      <header>
        <h3>{t('matrix.cellTitle', { code, type: typeLabel })}</h3>
        <button type="button" className="notice-close" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {info && (
        <p className="muted">
          {info.role.name[lang]} · {info.agenda.label[lang]}
        </p>
      )}
      {memo && (
        <p className="code-memo-note" aria-label={t('codebook.memoOf', { code })}>
          {memo}
        </p>
      )}
      {byType ? (
        <label className="summary-editor">
          {t('matrix.summary')}
          <textarea value={summary} rows={5} placeholder={t('matrix.summaryPlaceholder')} lang={project.study.language} spellCheck onChange={(e) => change(e.target.value)} />
        </label>
      ) : (
        <p className="muted">{t('matrix.summaryByType')}</p>
      )}
      <h4>{t('matrix.quotes', { n: quotes.length })}</h4>
      {quotes.length === 0 && <p className="muted">{t('matrix.noQuotes')}</p>}
      {quotes.length > 0 && byType && <p className="muted">{t('matrix.exemplarHint')}</p>}
      <ul className="quote-list">
        {ordered.map((q) => {
          const rank = exemplars.indexOf(q.segment.id);
          const move = (by: -1 | 1) => void moveExemplar(db, project.study.id, code, assistantType, q.segment.id, by);
          return (
            <li key={q.segment.id} className={rank >= 0 ? 'exemplar' : undefined} data-segment-id={q.segment.id}>
              <q>{q.segment.text}</q>
              <div className="quote-meta">
                {[q.speaker, q.speakerId ? sites.get(q.speakerId) : '', q.session].filter((x) => x).join(' · ')}{' '}
                <a href={hrefOf({ page: 'session', studyId: project.study.id, sessionId: q.segment.sessionId, turnId: q.segment.turnId })}>{t('matrix.open')}</a>
              </div>
              {byType && (
                <div className="exemplar-controls">
                  <label>
                    <input type="checkbox" checked={rank >= 0} onChange={() => void toggleExemplar(db, project.study.id, code, assistantType, q.segment.id)} />
                    {rank >= 0 ? t('matrix.exemplarN', { n: rank + 1 }) : t('matrix.exemplar')}
                  </label>
                  {rank >= 0 && (
                    <>
                      <button type="button" className="link" disabled={rank === 0} onClick={() => move(-1)} aria-label={t('matrix.exemplarUp', { n: rank + 1 })}>
                        ↑
                      </button>
                      <button type="button" className="link" disabled={rank === exemplars.length - 1} onClick={() => move(1)} aria-label={t('matrix.exemplarDown', { n: rank + 1 })}>
                        ↓
                      </button>
                    </>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
