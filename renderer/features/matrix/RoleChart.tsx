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
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { useFileSave } from '../../ui/useFileSave.ts';

/** The SVG drawn on a canvas at twice its size, as PNG bytes. */
async function svgToPng(svg: string): Promise<Uint8Array> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width * 2;
  canvas.height = image.height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('PNG could not be made');
  return new Uint8Array(await blob.arrayBuffer());
}

export function RoleChart({ study, matrix, measure }: { study: Study; matrix: Matrix; measure: CellMeasure }) {
  const { t, lang } = useLang();
  const notices = useNotice();
  const save = useFileSave(notices);
  const [role, setRole] = useState(study.codebook.roles[0]?.number ?? 1);
  const roleName = study.codebook.roles.find((r) => r.number === role)?.name[lang] ?? '';
  const title = t(study.codebook.sharedRows ? 'chart.title' : 'chart.titleOwn', { role: roleName, measure: t(`matrix.measure.${measure}`) });
  const svg = useMemo(() => roleChartSvg(study, matrix, role, measure, lang, title), [study, matrix, role, measure, lang, title]);
  const stem = `grafik-${study.codebook.prefix}.${role}`;

  return (
    <section className="role-chart" aria-label={t('chart.section')}>
      <div className="toolbar">
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
        <button type="button" onClick={() => void save([{ name: `${stem}.svg`, content: svg }])}>
          {t('chart.saveSvg')}
        </button>
        <button type="button" onClick={() => void svgToPng(svg).then((png) => save([{ name: `${stem}.png`, content: png }]))}>
          {t('chart.savePng')}
        </button>
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      <img className="chart-image" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={title} data-testid="role-chart" />
    </section>
  );
}
