/**
 * The framework matrix: the codes grouped by role, one column per assistant type (or per
 * value of the participant attribute compared: site, affiliation, the study's own), each
 * cell showing its number of segments with a heat shade. Clicking a cell opens its
 * evidence (and, by assistant type, its summary) beside the matrix. Updates live as coding
 * changes.
 */
import { useMemo, useState } from 'react';
import { codesOfRole } from '../../../shared/codebook.ts';
import { BY_ASSISTANT_TYPE, comparisonChoices, knownComparison, type CompareBy } from '../../../shared/comparison.ts';
import { buildMatrix, CELL_MEASURES, cellCount, cellKey, maxCellCount, type CellMeasure } from '../../../shared/matrix.ts';
import { useCountedProject } from '../../db/useCountedProject.ts';
import { CountedCoder } from '../../ui/CountedCoder.tsx';
import { useLang } from '../../i18n/context.tsx';
import { CellDetail } from './CellDetail.tsx';
import { RoleChart } from './RoleChart.tsx';
import { UnattributedList } from './UnattributedList.tsx';

function heat(count: number, max: number): string {
  if (count === 0 || max === 0) return 'transparent';
  const strength = 0.15 + 0.65 * (count / max);
  return `rgba(14, 116, 144, ${strength.toFixed(2)})`;
}

export function MatrixPanel({ studyId }: { studyId: string }) {
  const { t, lang } = useLang();
  const { all, project, coder, coders, setCounted, automatic } = useCountedProject(studyId);
  const [chosen, setBy] = useState<CompareBy>(BY_ASSISTANT_TYPE);
  const by = project ? knownComparison(project.study, chosen) : BY_ASSISTANT_TYPE;
  const matrix = useMemo(() => (project ? buildMatrix(project, by) : null), [project, by]);
  // Which cells have a summary or exemplar quotes written: marked beside their counts.
  const summaries = useMemo(() => new Map((project?.summaries ?? []).map((s) => [cellKey(s.code, s.assistantType), s])), [project]);
  // A cell's ★ counts the quotes the tables will print: those among the statements counted.
  const countedIds = useMemo(() => new Set((project?.segments ?? []).map((s) => s.id)), [project]);
  const [open, setOpen] = useState<{ code: string; type: string } | null>(null);
  const [measure, setMeasure] = useState<CellMeasure>('segments');
  if (!project || !matrix) return <p className="muted">{t('common.loading')}</p>;
  const { study } = project;
  const max = maxCellCount(matrix, measure);

  return (
    <section className="panel matrix-layout">
      <div className="matrix-main">
        <div className="toolbar">
          <p className="muted">{t(by === BY_ASSISTANT_TYPE ? 'matrix.intro' : 'matrix.introCompared')}</p>
          <span className="spacer" />
          <CountedCoder coders={coders} value={coder} onChange={setCounted} automatic={automatic ? { counted: project?.segments.length ?? 0, total: all?.segments.length ?? 0 } : undefined} />
          {coder !== '' && coders.length === 0 && (
            <span className="filtered-note" role="note">
              {t('matrix.blind', { coder })}
            </span>
          )}
          <label>
            {t('matrix.compareBy')}
            <select value={by} onChange={(e) => (setBy(e.target.value), setOpen(null))} name="compareBy">
              {comparisonChoices(study, lang).map((c) => (
                <option key={c.by} value={c.by}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('matrix.measure')}
            <select value={measure} onChange={(e) => setMeasure(e.target.value as CellMeasure)} name="measure">
              {CELL_MEASURES.map((m) => (
                <option key={m} value={m}>
                  {t(`matrix.measure.${m}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <table className="data-table matrix-table">
          <thead>
            <tr>
              <th>{t('matrix.code')}</th>
              <th>{t(study.codebook.sharedRows ? 'matrix.agenda' : 'matrix.row')}</th>
              {matrix.groups.map((type) => (
                <th key={type.key} className="num">
                  {type.label}
                </th>
              ))}
            </tr>
          </thead>
          {study.codebook.roles.map((role) => (
            <tbody key={role.number}>
              <tr className="role-row">
                <th colSpan={2 + matrix.groups.length}>
                  <span className="swatch" style={{ background: role.color }} /> {study.codebook.prefix}.{role.number} {role.name[lang]}
                </th>
              </tr>
              {codesOfRole(study.codebook, role.number).map((c) => (
                <tr key={c.code}>
                  <td className="code">{c.code}</td>
                  <td className="agenda" title={c.agenda.label[lang]}>
                    {c.agenda.label[lang]}
                  </td>
                  {matrix.groups.map((type) => {
                    const count = cellCount(matrix, c.code, type.key, measure);
                    const selected = open?.code === c.code && open.type === type.key;
                    const written = by === BY_ASSISTANT_TYPE ? summaries.get(cellKey(c.code, type.key)) : undefined;
                    const exemplars = written?.exemplars.filter((id) => countedIds.has(id)).length ?? 0;
                    return (
                      <td key={type.key} className={`num cell${count === 0 ? ' cell-empty' : ''}${selected ? ' cell-selected' : ''}`} style={{ background: heat(count, max), color: count / max > 0.6 ? '#fff' : undefined }}>
                        <button
                          type="button"
                          className="cell-button"
                          data-cell={cellKey(c.code, type.key)}
                          aria-label={[t('matrix.cellLabel', { code: c.code, type: type.label, n: count }), written?.text.trim() ? t('matrix.hasSummary') : '', exemplars ? t('matrix.hasExemplars', { n: exemplars }) : ''].filter(Boolean).join(', ')}
                          aria-pressed={selected}
                          onClick={() => setOpen({ code: c.code, type: type.key })}
                        >
                          {count === 0 ? '·' : count}
                        </button>
                        {(written?.text.trim() || exemplars > 0) && (
                          <span className="cell-marks" aria-hidden="true" title={[written?.text.trim() ? t('matrix.hasSummary') : '', exemplars ? t('matrix.hasExemplars', { n: exemplars }) : ''].filter(Boolean).join(', ')}>
                            {written?.text.trim() ? '✎' : ''}
                            {exemplars > 0 ? `★${exemplars}` : ''}
                          </span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
        <RoleChart study={study} matrix={matrix} measure={measure} />
      </div>
      {open ? (
        <CellDetail key={cellKey(open.code, open.type)} project={project} matrix={matrix} code={open.code} assistantType={open.type} onClose={() => setOpen(null)} />
      ) : (
        <UnattributedList studyId={study.id} quotes={matrix.unattributed} compared={by === BY_ASSISTANT_TYPE ? null : (comparisonChoices(study, lang).find((c) => c.by === by)?.label ?? by)} />
      )}
    </section>
  );
}
