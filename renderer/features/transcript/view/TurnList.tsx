/**
 * The transcript as a virtualized list of turns: only the turns near the viewport are in
 * the DOM, each as static text except the one the caret is in, which has the one live
 * editor (and stays mounted while it scrolls away). Scrolls to the caret's turn when the
 * caret moves there, and to a turn asked for (a find, a jump from the matrix). A mouse
 * selection over static text is reported for coding like one in the editor.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { selectedIn } from './dom-offset.ts';
import { TurnRow, type TurnRowProps } from './TurnRow.tsx';
import { useCrossTurnDrag } from './useCrossTurnDrag.ts';
import { useWordHighlights } from './useWordHighlights.ts';

type RowProps = Omit<TurnRowProps, 'turnId' | 'index' | 'highlighted'>;

export interface TurnListProps extends RowProps {
  highlightTurnId: string | null;
  /** The session's recording, whose word being played is highlighted in a draft. */
  media: HTMLMediaElement | null;
}

/** Reports a mouse selection inside a static turn, as the editor reports its own. */
function useStaticSelection(onSelect: TurnRowProps['onSelect']) {
  useEffect(() => {
    const onChange = () => {
      const selection = window.getSelection();
      const node = selection?.anchorNode;
      const root = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('[data-turn-text]');
      if (!root) return;
      const span = selectedIn(root);
      if (span && span.text.trim() !== '') onSelect(root.dataset.turnText!, span);
      else if (selection?.isCollapsed) onSelect(root.dataset.turnText!, null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [onSelect]);
}

export function TurnList({ store, highlightTurnId, media, ...row }: TurnListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollerElement, setScrollerElement] = useState<HTMLDivElement | null>(null);
  useWordHighlights(scrollerElement, store, media);
  useCrossTurnDrag(scrollerElement);
  const order = useSyncExternalStore(store.subscribe, () => store.order());
  const focus = useSyncExternalStore(store.subscribe, () => store.focus());
  const activeIndex = focus.active === null ? -1 : order.indexOf(focus.active);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < 0 || indexes.includes(activeIndex)) return indexes;
      return [...indexes, activeIndex].sort((a, b) => a - b);
    },
    [activeIndex],
  );
  const virtualizer = useVirtualizer({
    count: order.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 80,
    overscan: 4,
    getItemKey: (index) => order[index] ?? index,
    rangeExtractor,
  });
  useStaticSelection(row.onSelect);

  // Scrolled to when the caret moves to another turn or that turn moves, not on every edit.
  const caretIndex = focus.caret ? order.indexOf(focus.caret.turnId) : -1;
  useEffect(() => {
    if (caretIndex >= 0) virtualizer.scrollToIndex(caretIndex, { align: 'auto' });
  }, [caretIndex, virtualizer]);
  const highlightIndex = highlightTurnId === null ? -1 : order.indexOf(highlightTurnId);
  useEffect(() => {
    if (highlightIndex >= 0) virtualizer.scrollToIndex(highlightIndex, { align: 'center' });
  }, [highlightIndex, virtualizer]);

  return (
    <div ref={(el) => void ((scroller.current = el), setScrollerElement(el))} className="turn-scroller" data-testid="transcript">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const turnId = order[item.index];
          if (turnId === undefined) return null;
          return (
            <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="turn-slot" style={{ transform: `translateY(${item.start}px)` }}>
              <TurnRow {...row} store={store} turnId={turnId} index={item.index} highlighted={highlightTurnId === turnId} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
