/** Moving the edges of a chosen segment word by word, or onto the current selection. */
import { stepSpan } from '../../../shared/span-edit.ts';
import type { SegmentRow } from '../../db/schema.ts';
import { useT } from '../../i18n/context.tsx';

interface Props {
  segment: SegmentRow;
  /** The turn's text now (read when a span is moved, not at every key). */
  turnText(): string;
  onSetSpan(segmentId: string, start: number, end: number): void;
  onSpanFromSelection(segmentId: string): void;
}

export function SpanControls({ segment, turnText, onSetSpan, onSpanFromSelection }: Props) {
  const t = useT();
  const step = (edge: 'start' | 'end', direction: -1 | 1) => {
    const next = stepSpan(turnText(), segment, edge, direction);
    if (next.start !== segment.start || next.end !== segment.end) onSetSpan(segment.id, next.start, next.end);
  };
  return (
    <div className="span-controls" role="group" aria-label={t('segment.span')}>
      <span className="muted">{t('segment.start')}</span>
      <button type="button" onClick={() => step('start', -1)} aria-label={t('segment.extendStart')} title={t('segment.extendStart')}>◂</button>
      <button type="button" onClick={() => step('start', 1)} aria-label={t('segment.shrinkStart')} title={t('segment.shrinkStart')}>▸</button>
      <span className="muted">{t('segment.end')}</span>
      <button type="button" onClick={() => step('end', -1)} aria-label={t('segment.shrinkEnd')} title={t('segment.shrinkEnd')}>◂</button>
      <button type="button" onClick={() => step('end', 1)} aria-label={t('segment.extendEnd')} title={t('segment.extendEnd')}>▸</button>
      <button type="button" className="link" onMouseDown={(e) => e.preventDefault()} onClick={() => onSpanFromSelection(segment.id)}>
        {t('segment.toSelection')}
      </button>
    </div>
  );
}
