/**
 * The segments as a virtualized table: only the rows near the viewport are in the page,
 * so a study of 20,000 segments shows and scrolls as fast as one of twenty. Rows are a
 * grid of cells (one layout per row, no table to lay out whole), with the ARIA roles and
 * row numbers of a table for screen readers.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { SegmentView } from '../../../shared/segments-view.ts';
import { useT } from '../../i18n/context.tsx';
import { hrefOf } from '../../router.ts';

interface Props {
  studyId: string;
  shown: readonly SegmentView[];
  colors: ReadonlyMap<string, string>;
  types: ReadonlyMap<string, string>;
  /** Several coders coded the study: each row says whose segment it is. */
  showCoder: boolean;
}

export function SegmentRows({ studyId, shown, colors, types, showCoder }: Props) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 8,
    getItemKey: (index) => shown[index]?.segment.id ?? index,
  });

  return (
    <div className="segments-table" role="table" aria-rowcount={shown.length + 1}>
      <div ref={scroller} className="segments-scroller" data-testid="segments-scroller">
        {/* The header scrolls with the rows' box, so its columns are the rows' columns. */}
        <div className="segment-row segment-head" role="row" aria-rowindex={1}>
          {(['segments.code', 'segments.text', 'segments.speaker', 'segments.site', 'segments.type', 'segments.session'] as const).map((key) => (
            <span key={key} role="columnheader">
              {t(key)}
            </span>
          ))}
          <span role="columnheader">
            <span className="sr-only">{t('common.actions')}</span>
          </span>
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const v = shown[item.index]!;
            return (
              <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} data-segment-id={v.segment.id} className="segment-row" role="row" aria-rowindex={item.index + 2} style={{ transform: `translateY(${item.start}px)` }}>
                <span role="cell">
                  {v.segment.codes.map((c) => (
                    <span key={c} className="code-chip" style={{ background: colors.get(c) }}>
                      {c}
                    </span>
                  ))}
                  {showCoder && v.segment.coder && <span className="muted coder-line">{v.segment.coder}</span>}
                </span>
                <span role="cell">
                  <span className="quote">“{v.segment.text}”</span>
                  {v.segment.memo && <span className="muted memo-line">{v.segment.memo}</span>}
                </span>
                <span role="cell">{v.speaker}</span>
                <span role="cell">{v.site}</span>
                <span role="cell">{v.assistantType ? types.get(v.assistantType) : <span className="danger-text">{t('segments.unattributed')}</span>}</span>
                <span role="cell">{v.session}</span>
                <span role="cell">
                  <a href={hrefOf({ page: 'session', studyId, sessionId: v.segment.sessionId, turnId: v.segment.turnId })}>{t('matrix.open')}</a>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
