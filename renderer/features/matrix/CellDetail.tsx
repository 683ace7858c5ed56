/** One matrix cell opened: its coded segments (each linking to its place in the transcript) and its summary. */
import { useEffect, useRef, useState } from 'react';
import { findCode } from '../../../shared/codebook.ts';
import { cellKey, type Matrix } from '../../../shared/matrix.ts';
import type { Project } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { setCellSummary } from '../../db/summaries.ts';
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
  const typeLabel = project.study.assistantTypes.find((x) => x.key === assistantType)?.label ?? assistantType;
  const info = findCode(project.study.codebook, code);
  const stored = project.summaries.find((s) => s.code === code && s.assistantType === assistantType)?.text ?? '';
  const [summary, setSummary] = useState(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(summary);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (latest.current !== stored) void setCellSummary(db, project.study.id, code, assistantType, latest.current);
    },
    // Saves a pending summary when the panel closes.
    [],
  );

  function change(text: string) {
    setSummary(text);
    latest.current = text;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void setCellSummary(db, project.study.id, code, assistantType, text), 300);
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
      <label className="summary-editor">
        {t('matrix.summary')}
        <textarea value={summary} rows={5} placeholder={t('matrix.summaryPlaceholder')} onChange={(e) => change(e.target.value)} />
      </label>
      <h4>{t('matrix.quotes', { n: quotes.length })}</h4>
      {quotes.length === 0 && <p className="muted">{t('matrix.noQuotes')}</p>}
      <ul className="quote-list">
        {quotes.map((q) => (
          <li key={q.segment.id}>
            <q>{q.segment.text}</q>
            <div className="quote-meta">
              {q.speaker} · {q.session}{' '}
              <a href={hrefOf({ page: 'session', studyId: project.study.id, sessionId: q.segment.sessionId, turnId: q.segment.turnId })}>{t('matrix.open')}</a>
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
