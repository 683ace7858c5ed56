/**
 * Where each segment's coding stripe goes: from the top of its first line to the bottom
 * of its last, measured on the rendered turn, in lanes so overlapping segments stand side
 * by side. Re-measured when the text reflows (typing, resizing, a redraw by Lexical).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { rangeOf } from './text-range.ts';

export interface StripePlace {
  id: string;
  top: number;
  height: number;
  lane: number;
}

interface Spanned {
  id: string;
  start: number;
  end: number;
}

/** Greedy lanes: each stripe takes the first lane free over its height. */
export function assignLanes(places: Omit<StripePlace, 'lane'>[]): StripePlace[] {
  const laneBottoms: number[] = [];
  return [...places]
    .sort((a, b) => a.top - b.top || b.height - a.height)
    .map((p) => {
      let lane = laneBottoms.findIndex((bottom) => bottom <= p.top + 1);
      if (lane < 0) lane = laneBottoms.length;
      laneBottoms[lane] = p.top + p.height;
      return { ...p, lane };
    });
}

export function useStripeLayout(textRoot: RefObject<HTMLElement | null>, margin: RefObject<HTMLElement | null>, segments: readonly Spanned[]): StripePlace[] {
  const [places, setPlaces] = useState<StripePlace[]>([]);
  const key = segments.map((s) => `${s.id}:${s.start}:${s.end}`).join('|');
  useLayoutEffect(() => {
    const root = textRoot.current?.querySelector<HTMLElement>('.turn-text');
    const box = margin.current;
    if (!root || !box) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const origin = box.getBoundingClientRect().top;
      const measured = segments.flatMap((s) => {
        const rects = [...(rangeOf(root, s.start, s.end)?.getClientRects() ?? [])].filter((r) => r.height > 0);
        if (rects.length === 0) return [];
        const top = Math.min(...rects.map((r) => r.top)) - origin;
        const bottom = Math.max(...rects.map((r) => r.bottom)) - origin;
        return [{ id: s.id, top, height: Math.max(bottom - top, 4) }];
      });
      setPlaces(assignLanes(measured));
    };
    const schedule = () => void (frame ||= requestAnimationFrame(measure));
    measure();
    const resize = new ResizeObserver(schedule);
    resize.observe(root);
    const mutation = new MutationObserver(schedule);
    mutation.observe(root, { subtree: true, childList: true, characterData: true });
    return () => {
      resize.disconnect();
      mutation.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [key, textRoot, margin]);
  return places;
}
