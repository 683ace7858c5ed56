/**
 * The comparison chart beside the matrix: for the chosen role, the counts of every
 * assistant type per agenda as grouped bars, saved as SVG or PNG. It redraws as coding
 * changes, since it is drawn from the live matrix.
 */
import { useMemo, useState } from 'react';
import { roleChartSvg } from '../../../shared/chart.ts';
import type { CellMeasure, Matrix } from '../../../shared/matrix.ts';
import type { Study } from '../../../shared/model.ts';
import { useLang } from '../../i18n/context.tsx';
import { SvgChart } from '../../ui/SvgChart.tsx';

export function RoleChart({ study, matrix, measure }: { study: Study; matrix: Matrix; measure: CellMeasure }) {
  const { t, lang } = useLang();
  const [role, setRole] = useState(study.codebook.roles[0]?.number ?? 1);
  const roleName = study.codebook.roles.find((r) => r.number === role)?.name[lang] ?? '';
  const title = t(study.codebook.sharedRows ? 'chart.title' : 'chart.titleOwn', { role: roleName, measure: t(`matrix.measure.${measure}`) });
  const svg = useMemo(() => roleChartSvg(study, matrix, role, measure, lang, title), [study, matrix, role, measure, lang, title]);
  const stem = `grafik-${study.codebook.prefix}.${role}`;

  return (
    <section className="role-chart" aria-label={t('chart.section')}>
      <SvgChart svg={svg} title={title} stem={stem} testId="role-chart">
        <label>
          {t('chart.role')}
          <select value={role} onChange={(e) => setRole(Number(e.target.value))} name="chartRole">
            {study.codebook.roles.map((r) => (
              <option key={r.number} value={r.number}>
                {study.codebook.prefix}.{r.number} {r.name[lang]}
              </option>
            ))}
          </select>
        </label>
      </SvgChart>
    </section>
  );
}
