/**
 * Coding stripes in the margin beside a turn: one coloured bar per segment, spanning its
 * lines, labelled with its codes, in lanes when segments overlap. Hovering or focusing a
 * stripe highlights the segment's text; clicking (or Enter) chooses the segment for
 * editing in the list beside.
 */
import { useRef } from 'react';
import { useT } from '../../../i18n/context.tsx';
import { highlightRange, rangeOf } from './text-range.ts';
import { useStripeLayout } from './useStripeLayout.ts';

interface Striped {
  id: string;
  start: number;
  end: number;
  codes: string[];
  text: string;
}

interface Props {
  segments: readonly Striped[];
  colors: ReadonlyMap<string, string>;
  chosenId: string | null;
  onChoose(segmentId: string): void;
}

const LANE = 46;
const MAX_LANES = 3;

export function CodingStripes({ segments, colors, chosenId, onChoose }: Props) {
  const t = useT();
  const margin = useRef<HTMLDivElement>(null);
  const places = useStripeLayout(margin, segments);
  // The margin's width depends on the number of segments only: were it to follow the lanes
  // measured, the text would rewrap, change the lanes, and never settle.
  const width = Math.min(segments.length, MAX_LANES) * LANE;
  const lanes = places.reduce((n, p) => Math.max(n, p.lane + 1), 0);
  const lane = lanes > MAX_LANES ? width / lanes : LANE;
  const byId = new Map(segments.map((s) => [s.id, s]));
  const highlight = (s: Striped | undefined) => {
    const root = margin.current?.parentElement?.querySelector<HTMLElement>('.turn-text');
    highlightRange(s && root ? rangeOf(root, s.start, s.end) : null);
  };
  return (
    <div className="coding-stripes" ref={margin} style={{ width }} aria-label={t('stripes.label')}>
      {places.map((p) => {
        const s = byId.get(p.id);
        if (!s) return null;
        const color = colors.get(s.codes[0] ?? '') ?? '#64748b';
        return (
          <button
            key={p.id}
            type="button"
            className={`stripe${chosenId === p.id ? ' chosen' : ''}`}
            data-segment-id={p.id}
            style={{ top: p.top, height: p.height, left: p.lane * lane, width: lane - 2 }}
            aria-label={t('stripes.stripe', { codes: s.codes.join(', '), text: s.text.slice(0, 60) })}
            aria-pressed={chosenId === p.id}
            onMouseEnter={() => highlight(s)}
            onMouseLeave={() => highlight(undefined)}
            onFocus={() => highlight(s)}
            onBlur={() => highlight(undefined)}
            onClick={() => onChoose(p.id)}
          >
            <span className="stripe-bar" style={{ background: color }} />
            <span className="stripe-codes">
              {s.codes.map((c) => (
                <span key={c} style={{ color: colors.get(c) }}>
                  {c}
                </span>
              ))}
            </span>
          </button>
        );
      })}
    </div>
  );
}
