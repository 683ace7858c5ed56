/**
 * Word frequencies side by side for groups: by assistant type, site, affiliation, session,
 * speaker, code, matrix cell or an attribute of the study's own; forms of a word together
 * or apart; stopwords and fillers out or kept, with the study's own list of words to leave
 * out (kept with the study).
 * Each group shows the count and the rate per 1,000 of its words, with a bar for the rate;
 * a word opens its keyword-in-context lines. Saved as CSV.
 */
import { useMemo, useState } from 'react';
import type { Project } from '../../../shared/model.ts';
import { FREQUENCY_GROUPS, formatRate, frequencyGroupings, frequencyHeader, frequencyRows, wordFrequencies, type FrequencyGroupBy } from '../../../shared/search/frequencies.ts';
import type { TurnWords } from '../../../shared/search/query.ts';
import { ownStopwords, stopwordsWith } from '../../../shared/search/stopwords.ts';
import { useDb } from '../../db/context.tsx';
import { updateStudy } from '../../db/studies.ts';
import { useLang } from '../../i18n/context.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { frequencyChartSvg } from '../../../shared/search/frequency-chart.ts';
import { SvgChart } from '../../ui/SvgChart.tsx';
import { SaveList } from './SaveList.tsx';

/** Rows shown; the saved file has every word. */
const SHOWN = 100;

export function FrequencyView({ project, words, onWord }: { project: Project; words: TurnWords; onWord(word: string): void }) {
  const { t, lang } = useLang();
  const db = useDb();
  const notices = useNotice();
  const [by, setBy] = useState<FrequencyGroupBy>('assistant_type');
  const [forms, setForms] = useState(true);
  const [dropStopwords, setDropStopwords] = useState(true);
  const own = project.study.stopwords;
  const table = useMemo(() => wordFrequencies(project, { by, forms, stopwords: dropStopwords ? stopwordsWith(own) : new Set(), lang }, words), [project, by, forms, dropStopwords, own, lang, words]);
  const label = (g: FrequencyGroupBy) => (g.startsWith('attribute:') ? g.slice('attribute:'.length) : t(`explore.by.${g as (typeof FREQUENCY_GROUPS)[number]}`));
  const rows = table.rows.slice(0, SHOWN);
  const chartTitle = t('explore.chartTitle', { by: label(by) });
  const maxRate = Math.max(0, ...rows.flatMap((r) => r.rates));
  return (
    <div className="frequency-view">
      <div className="toolbar">
        <label>
          {t('explore.by')}
          <select value={by} onChange={(e) => setBy(e.target.value as FrequencyGroupBy)} name="by">
            {frequencyGroupings(project.study).map((g) => (
              <option key={g} value={g}>
                {label(g)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          <input type="checkbox" checked={forms} onChange={(e) => setForms(e.target.checked)} name="forms" />
          {t('explore.formsTogether')}
        </label>
        <label className="inline-field" title={t('explore.stopwordsHelp')}>
          <input type="checkbox" checked={dropStopwords} onChange={(e) => setDropStopwords(e.target.checked)} name="stopwords" />
          {t('explore.dropStopwords')}
        </label>
        <label className="stopword-field">
          {t('explore.ownStopwords')}
          <input
            key={own.join(',')}
            name="ownStopwords"
            defaultValue={own.join(', ')}
            placeholder={t('explore.ownStopwordsPlaceholder')}
            onBlur={(e) => {
              const next = ownStopwords(e.target.value);
              if (next.join(',') !== own.join(',')) void updateStudy(db, project.study.id, { stopwords: next });
            }}
          />
        </label>
        <span className="spacer" />
        <SaveList name="frekuensi-kata" label={t('explore.saveFrequencies')} disabled={table.rows.length === 0} notices={notices} table={() => ({ header: frequencyHeader(table), rows: frequencyRows(table) })} />
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      {table.rows.length > 0 && (
        <details className="frequency-chart" open>
          <summary>{t('explore.chart')}</summary>
          <SvgChart svg={frequencyChartSvg(table, chartTitle)} title={chartTitle} stem="grafik-frekuensi-kata" testId="frequency-chart" />
        </details>
      )}
      {table.rows.length === 0 ? (
        <p className="empty">{t('explore.noWords')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table frequency-table">
            <thead>
              <tr>
                <th>{t('explore.word')}</th>
                {table.groups.map((g) => (
                  <th key={g.key} className="num" title={t('explore.groupWords', { n: g.words })}>
                    {g.label}
                    <br />
                    <small className="muted">{t('explore.perThousand')}</small>
                  </th>
                ))}
                <th className="num">{t('explore.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.word}>
                  <td>
                    <button type="button" className="link" onClick={() => onWord(r.word)} title={t('explore.openWord', { word: r.word })}>
                      {r.word}
                    </button>
                  </td>
                  {r.counts.map((n, i) => (
                    <td key={table.groups[i]!.key} className="num rate-cell">
                      <span className="rate-bar" style={{ width: `${maxRate ? (r.rates[i]! / maxRate) * 100 : 0}%` }} aria-hidden="true" />
                      <span>
                        {n} <small className="muted">({formatRate(r.rates[i]!, lang)})</small>
                      </span>
                    </td>
                  ))}
                  <td className="num">{r.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {table.rows.length > SHOWN && <p className="muted">{t('explore.moreWords', { shown: SHOWN, all: table.rows.length })}</p>}
    </div>
  );
}
