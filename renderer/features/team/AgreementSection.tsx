/**
 * Agreement between two coders: the unit of analysis, the figures overall and per role,
 * code and cell with their units, reading and warning, and the report as Excel or Word.
 */
import { useMemo, useState } from 'react';
import { agreementReport, type Scope } from '../../../shared/agreement/report.ts';
import { reportMethod, writeAgreementReport } from '../../../shared/agreement/report-write.ts';
import type { AgreementUnit } from '../../../shared/agreement/units.ts';
import type { StudySnapshot } from '../../db/study-data.ts';
import { useLang } from '../../i18n/context.tsx';
import { useFileSave } from '../../ui/useFileSave.ts';
import type { useNotice } from '../../ui/Notice.tsx';
import { localeOf } from '../../../shared/locale.ts';


/** The agreement of two coders over a study's snapshot (shown only once the study is loaded). */
export function AgreementSection({ snapshot, a, b, notices }: { snapshot: StudySnapshot; a: string; b: string; notices: ReturnType<typeof useNotice> }) {
  const { t, lang } = useLang();
  const save = useFileSave(notices);
  // Numbers as the UI's language writes them: 0,667 in Indonesian, 0.667 in English.
  const locale = localeOf(lang);
  const fmt = (x: number | null, digits = 3) => (x === null ? '–' : x.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const [kind, setKind] = useState<AgreementUnit['kind']>('turn');
  const [threshold, setThreshold] = useState(50);
  const [shown, setShown] = useState<Scope>('role');
  // Overlap units measure segment offsets, which typing elsewhere moves without a new project:
  // the snapshot is new then too.
  const report = useMemo(() => (snapshot.project ? agreementReport(snapshot.project, [a, b], kind === 'turn' ? { kind } : { kind, threshold: threshold / 100 }) : null), [snapshot, a, b, kind, threshold]);
  if (!report) return null;
  const rows = report.rows.filter((r) => r.scope === 'overall' || r.scope === shown);

  const exportReport = async (format: 'xlsx' | 'docx') => {
    await save([{ name: `kesepakatan-${a}-${b}.${format}`.toLowerCase().replace(/\s+/g, '-'), content: await writeAgreementReport(report, format, lang) }]);
  };

  return (
    <section className="agreement" aria-label={t('team.agreement')}>
      <h3>{t('team.agreement')}</h3>
      <div className="toolbar">
        <label>
          {t('team.unit')}
          <select value={kind} onChange={(e) => setKind(e.target.value as AgreementUnit['kind'])}>
            <option value="turn">{t('team.unit.turn')}</option>
            <option value="overlap">{t('team.unit.overlap')}</option>
          </select>
        </label>
        {kind === 'overlap' && (
          <label>
            {t('team.threshold')}
            <input type="number" min={1} max={100} value={threshold} onChange={(e) => setThreshold(Math.min(100, Math.max(1, Number(e.target.value) || 50)))} />
          </label>
        )}
        <label>
          {t('team.show')}
          <select value={shown} onChange={(e) => setShown(e.target.value as Scope)}>
            <option value="role">{t('team.show.role')}</option>
            <option value="code">{t('team.show.code')}</option>
            <option value="cell">{t('team.show.cell')}</option>
          </select>
        </label>
        <span className="spacer" />
        <button type="button" onClick={() => void exportReport('xlsx')}>
          {t('team.exportXlsx')}
        </button>
        <button type="button" onClick={() => void exportReport('docx')}>
          {t('team.exportDocx')}
        </button>
      </div>
      <p className="muted">{reportMethod(report, lang)}</p>
      <table className="data-table agreement-table">
        <thead>
          <tr>
            <th>{t('team.col.scope')}</th>
            <th>{t('team.col.units')}</th>
            <th>%</th>
            <th>κ Cohen</th>
            <th>α Krippendorff</th>
            <th>κ B–P</th>
            <th>{t('team.col.reading')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.scope}:${r.key}`} data-agreement={r.scope === 'overall' ? 'overall' : r.key} className={r.warning ? 'agreement-weak' : ''}>
              <td>
                {r.key && <strong>{r.key} </strong>}
                {r.label[lang]}
              </td>
              <td>
                {r.units} <span className="muted">({t('team.coded', { n: r.coded })})</span>
              </td>
              <td>{r.percent === null ? '–' : fmt(r.percent * 100, 1)}</td>
              <td>{fmt(r.cohen)}</td>
              <td>{fmt(r.alpha)}</td>
              <td>{fmt(r.brennanPrediger)}</td>
              <td>
                {r.reading[lang]}
                {r.warning && <div className="warning">⚠ {r.warning[lang]}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
