/**
 * Coding stripes in the margin beside a turn: one coloured bar per segment, spanning its
 * lines, labelled with its codes, in lanes when segments overlap; with several coders'
 * segments shown, a dot in the coder's colour and the coder's name (on hover, and for
 * screen readers). Hovering or focusing a stripe highlights the segment's text; clicking
 * (or Enter) chooses the segment for editing in the list beside.
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
  coder: string;
}

interface Props {
  segments: readonly Striped[];
  colors: ReadonlyMap<string, string>;
  /** Each coder's colour when several coders' segments are shown: each stripe then says whose it is. */
  coderColors: ReadonlyMap<string, string> | null;
  chosenId: string | null;
  onChoose(segmentId: string): void;
}

const LANE = 46;
const MAX_LANES = 3;

export function CodingStripes({ segments, colors, coderColors, chosenId, onChoose }: Props) {
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
    <div className="coding-stripes" ref={margin} style={{ width }} role="group" aria-label={t('stripes.label')}>
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
            aria-label={coderColors ? t('stripes.stripeBy', { codes: s.codes.join(', '), text: s.text.slice(0, 60), coder: s.coder || '—' }) : t('stripes.stripe', { codes: s.codes.join(', '), text: s.text.slice(0, 60) })}
            title={coderColors ? s.coder || undefined : undefined}
            aria-pressed={chosenId === p.id}
            onMouseEnter={() => highlight(s)}
            onMouseLeave={() => highlight(undefined)}
            onFocus={() => highlight(s)}
            onBlur={() => highlight(undefined)}
            onClick={() => onChoose(p.id)}
          >
            <span className="stripe-bar" style={{ background: color }} />
            {coderColors && <span className="stripe-coder" style={{ background: coderColors.get(s.coder) ?? '#94a3b8' }} aria-hidden="true" />}
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
