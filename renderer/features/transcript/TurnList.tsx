/**
 * The transcript as a virtualized list of turns: only the turns near the viewport are
 * mounted (each with its own small editor), so a four-hour FGD stays as responsive as a
 * short one. Scrolls to a turn when asked (a focus request or a jump from the matrix).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { TranscriptData } from '../../db/hooks.ts';
import type { FocusRequest } from './plugins/FocusPlugin.tsx';
import { TurnRow, type TurnRowProps } from './TurnRow.tsx';

type RowCallbacks = Omit<TurnRowProps, 'turn' | 'index' | 'segments' | 'focus' | 'highlighted'>;

export interface TurnListProps extends RowCallbacks {
  data: TranscriptData;
  focus: FocusRequest | null;
  highlightTurnId: string | null;
}

const NO_SEGMENTS: never[] = [];

export function TurnList({ data, focus, highlightTurnId, ...row }: TurnListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const { turns, segmentsByTurn } = data;
  const virtualizer = useVirtualizer({
    count: turns.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 92,
    overscan: 6,
    getItemKey: (index) => turns[index]?.id ?? index,
  });

  const target = focus?.turnId ?? highlightTurnId;
  useEffect(() => {
    if (!target) return;
    const index = turns.findIndex((t) => t.id === target);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: focus ? 'auto' : 'center' });
    // Scroll only when the target changes, not on every edit of the list.
  }, [target, focus?.token]);

  return (
    <div ref={scroller} className="turn-scroller" data-testid="transcript">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const turn = turns[item.index];
          if (!turn) return null;
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="turn-slot" style={{ transform: `translateY(${item.start}px)` }}>
              <TurnRow
                {...row}
                turn={turn}
                index={item.index}
                segments={segmentsByTurn.get(turn.id) ?? NO_SEGMENTS}
                focus={focus?.turnId === turn.id && turn.rev >= (focus.rev ?? 0) ? focus : null}
                highlighted={highlightTurnId === turn.id}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
