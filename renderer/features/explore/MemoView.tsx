/**
 * Every memo of the study in one place: session memos, code memos, segment memos and cell
 * summaries, filtered by kind and words, each opening where it belongs, and saved as CSV
 * (names as the study's exports show them).
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { forExport } from '../../../shared/anonymise.ts';
import { allMemos, filterMemos, MEMO_COLUMNS, MEMO_KINDS, memoRows, type MemoEntry, type MemoFilter } from '../../../shared/memos.ts';
import type { Project } from '../../../shared/model.ts';
import { useLang } from '../../i18n/context.tsx';
import { hrefOf, type Route } from '../../router.ts';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { SaveList } from './SaveList.tsx';

function placeOf(studyId: string, e: MemoEntry): Route {
  if (e.kind === 'segment') return { page: 'session', studyId, sessionId: e.sessionId, turnId: e.turnId };
  if (e.kind === 'session') return { page: 'session', studyId, sessionId: e.sessionId };
  return { page: 'study', studyId, tab: e.kind === 'code' ? 'codebook' : 'matrix' };
}

export function MemoView({ project }: { project: Project }) {
  const { t, lang } = useLang();
  const notices = useNotice();
  const [filter, setFilter] = useState<MemoFilter>({ kind: '', text: '' });
  const applied = useDeferredValue(filter);
  const entries = useMemo(() => allMemos(project, lang), [project, lang]);
  const shown = useMemo(() => filterMemos(entries, applied), [entries, applied]);
  const studyId = project.study.id;
  return (
    <div className="memo-view">
      <div className="toolbar">
        <label>
          {t('explore.memoKind')}
          <select value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as MemoFilter['kind'] })} name="kind">
            <option value="">{t('segments.any')}</option>
            {MEMO_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`explore.memo.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('segments.text')}
          <input type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} name="text" />
        </label>
        <span aria-live="polite">{t('explore.memoCount', { shown: shown.length, all: entries.length })}</span>
        <span className="spacer" />
        <SaveList name="memo" label={t('explore.saveMemos')} disabled={shown.length === 0} notices={notices} table={() => ({ header: MEMO_COLUMNS, rows: memoRows(filterMemos(allMemos(forExport(project), lang), applied)) })} />
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      {entries.length === 0 ? (
        <p className="empty">{t('explore.noMemos')}</p>
      ) : (
        <ul className="memo-list">
          {shown.map((e, i) => (
            <li key={`${e.kind}-${i}`}>
              <div className="memo-head">
                <span className={`memo-kind memo-${e.kind}`}>{t(`explore.memo.${e.kind}`)}</span> <strong>{e.place}</strong> <a href={hrefOf(placeOf(studyId, e))}>{t('matrix.open')}</a>
              </div>
              {e.quote && (
                <div className="muted">
                  “{e.quote}”{e.speaker && ` — ${e.speaker}`}
                </div>
              )}
              <p className="memo-text">{e.text}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
