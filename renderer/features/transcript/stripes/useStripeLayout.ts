/**
 * Where each segment's coding stripe goes: from the top of its first line to the bottom
 * of its last, measured on the rendered turn, in lanes so overlapping segments stand side
 * by side. Re-measured when the text reflows (typing, resizing, a redraw by Lexical).
 */
import { useLayoutEffect, useState, type RefObject, useMemo } from 'react';
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

/** `margin` is the stripes' own box; the turn's text is found in the row around it. */
export function useStripeLayout(margin: RefObject<HTMLElement | null>, segments: readonly Spanned[]): StripePlace[] {
  const [places, setPlaces] = useState<StripePlace[]>([]);
  // The spans as values: a new array of the same segments measures nothing again.
  const key = JSON.stringify(segments.map((s) => [s.id, s.start, s.end]));
  const spans = useMemo(() => (JSON.parse(key) as [string, number, number][]).map(([id, start, end]) => ({ id, start, end })), [key]);
  useLayoutEffect(() => {
    // The row is found from the margin: a parent's ref is not yet set when a child's layout effect first runs.
    const box = margin.current;
    const row = box?.parentElement;
    if (!row || !box) return;
    if (spans.length === 0) return setPlaces((p) => (p.length === 0 ? p : []));
    let frame = 0;
    let last = '';
    let watched: HTMLElement | null = null;
    const measure = () => {
      frame = 0;
      // The editor may not have rendered its text yet; the mutation observer calls again when it has.
      const root = row.querySelector<HTMLElement>('.turn-text');
      if (!root) return;
      // The text's own box: its width changes when the stripes' lanes change, and the text rewraps.
      if (root !== watched) {
        if (watched) resize.unobserve(watched);
        resize.observe(root);
        watched = root;
      }
      const origin = box.getBoundingClientRect().top;
      const measured = spans.flatMap((s) => {
        const rects = [...(rangeOf(root, s.start, s.end)?.getClientRects() ?? [])].filter((r) => r.height > 0 && r.width > 0);
        if (rects.length === 0) return [];
        const top = Math.round(Math.min(...rects.map((r) => r.top)) - origin);
        const bottom = Math.round(Math.max(...rects.map((r) => r.bottom)) - origin);
        return [{ id: s.id, top, height: Math.max(bottom - top, 4) }];
      });
      const next = assignLanes(measured);
      const signature = JSON.stringify(next);
      if (signature !== last) setPlaces(next);
      last = signature;
    };
    const schedule = () => void (frame ||= requestAnimationFrame(measure));
    const resize = new ResizeObserver(schedule);
    resize.observe(row);
    measure();
    const mutation = new MutationObserver((records) => records.some((r) => !box.contains(r.target)) && schedule());
    mutation.observe(row, { subtree: true, childList: true, characterData: true });
    return () => {
      resize.disconnect();
      mutation.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [spans, margin]);
  return places;
}
