/**
 * Every coded segment of the study in one list, across sessions: filtered, each row
 * jumping to its place in the transcript, and the filtered list saved as CSV.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { forExport } from '../../../shared/anonymise.ts';
import { exportSegmentList } from '../../../shared/formats/codings-csv.ts';
import { ANY_SEGMENT, filterSegments, segmentViews, type SegmentFilter } from '../../../shared/segments-view.ts';
import { listCodes } from '../../../shared/codebook.ts';
import { useCountedProject } from '../../db/useCountedProject.ts';
import { useT } from '../../i18n/context.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { useFileSave } from '../../ui/useFileSave.ts';
import { SegmentFilters } from './SegmentFilters.tsx';
import { SegmentRows } from './SegmentRows.tsx';
import { useCsvKind } from '../../csv-kind.ts';
import { CsvKindSelect } from '../../ui/CsvKindSelect.tsx';

export function SegmentsPanel({ studyId }: { studyId: string }) {
  const t = useT();
  // Every coder's segments, or in blind mode only the coder's own.
  const { project } = useCountedProject(studyId, true);
  const notices = useNotice();
  const save = useFileSave(notices);
  const [filter, setFilter] = useState<SegmentFilter>(ANY_SEGMENT);
  const views = useMemo(() => (project ? segmentViews(project) : []), [project]);
  // The list follows the filter a moment behind the typing, so every key shows at once in the field.
  const applied = useDeferredValue(filter);
  const shown = useMemo(() => (project ? filterSegments(views, applied, project.study.codebook) : []), [views, applied, project]);
  // Whose segment a row is, shown when several coded: worked out per study, not per key typed in the filter.
  const showCoder = useMemo(() => new Set(project?.segments.map((x) => x.coder)).size > 1, [project]);
  const colors = useMemo(() => new Map(project ? listCodes(project.study.codebook).map((c) => [c.code, c.role.color]) : []), [project]);
  const [csvKind] = useCsvKind();
  if (!project) return <p className="muted">{t('common.loading')}</p>;
  const types = new Map(project.study.assistantTypes.map((x) => [x.key, x.key]));
  /** The filtered list as the study exports names: pseudonyms unless labels are chosen. */
  const saveList = () => {
    const ids = new Set(shown.map((v) => v.segment.id));
    const out = forExport(project);
    void save([{ name: 'segmen.csv', content: exportSegmentList(out, out.segments.filter((s) => ids.has(s.id)), csvKind) }], [{ name: 'CSV', extensions: ['csv'] }]);
  };

  return (
    <section className="panel segments-panel">
      <SegmentFilters project={project} views={views} filter={filter} onChange={setFilter} />
      <div className="toolbar">
        <span aria-live="polite">{t('segments.count', { shown: shown.length, all: views.length })}</span>
        <button type="button" className="link" onClick={() => setFilter(ANY_SEGMENT)} disabled={filter === ANY_SEGMENT}>
          {t('segments.clear')}
        </button>
        <span className="spacer" />
        <CsvKindSelect />
        <button type="button" disabled={shown.length === 0} onClick={saveList}>
          {t('segments.export')}
        </button>
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      {views.length === 0 ? (
        <p className="empty">{t('segments.none')}</p>
      ) : (
        <SegmentRows studyId={studyId} shown={shown} colors={colors} types={types} showCoder={showCoder} />
      )}
    </section>
  );
}
