/**
 * Correcting a draft by ear: the word being played is highlighted in the transcript, and
 * the words the recogniser was unsure of are marked, in static turns and in the live
 * editor alike. Drawn with the CSS Custom Highlight API over the text as it is on screen,
 * so the turns' DOM (and the editor's) is never touched; turns scrolled into view or
 * typed in are measured again as their DOM changes.
 */
import { useEffect } from 'react';
import { rangeOfWord, alignWords, unsureRanges, wordAt, type WordRange } from '../../../../shared/words.ts';
import type { SessionStore } from '../session/session-store.ts';
import { rangeOf } from '../stripes/text-range.ts';

export const PLAYING_WORD = 'telaah-playing-word';
export const UNSURE_WORD = 'telaah-unsure-word';

/** A DOM range over a word's place in an element's text. */
const domRange = (root: Element, { from, to }: WordRange): Range | null => rangeOf(root, from, to);

const textOf = (turnId: string, scroller: HTMLElement) => scroller.querySelector(`[data-turn-id="${CSS.escape(turnId)}"] .turn-text`);

export function useWordHighlights(scroller: HTMLElement | null, store: SessionStore, media: HTMLMediaElement | null): void {
  // The words the recogniser was unsure of, in every turn on screen.
  useEffect(() => {
    if (!scroller || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const unsure = new Highlight();
    CSS.highlights.set(UNSURE_WORD, unsure);
    const byTurn = new Map<Element, Range[]>();
    const measure = (root: Element) => {
      for (const r of byTurn.get(root) ?? []) unsure.delete(r);
      byTurn.delete(root);
      const turnId = root.closest<HTMLElement>('[data-turn-id]')?.dataset.turnId;
      const words = turnId ? store.get(turnId)?.turn.words : undefined;
      if (!root.isConnected || !words) return;
      const ranges = unsureRanges(root.textContent ?? '', words).flatMap((r) => domRange(root, r) ?? []);
      ranges.forEach((r) => unsure.add(r));
      byTurn.set(root, ranges);
    };
    let pending = new Set<Element>();
    let frame = 0;
    const flush = () => {
      frame = 0;
      for (const root of byTurn.keys()) if (!root.isConnected) measure(root);
      pending.forEach(measure);
      pending = new Set();
    };
    const observer = new MutationObserver((mutations) => {
      for (const m of mutations) {
        const element = m.target instanceof Element ? m.target : m.target.parentElement;
        const inside = element?.closest('.turn-text');
        if (inside) pending.add(inside);
        else element?.querySelectorAll('.turn-text').forEach((t) => pending.add(t));
      }
      if (frame === 0) frame = requestAnimationFrame(flush);
    });
    observer.observe(scroller, { childList: true, subtree: true, characterData: true });
    scroller.querySelectorAll('.turn-text').forEach((t) => pending.add(t));
    frame = requestAnimationFrame(flush);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      CSS.highlights.delete(UNSURE_WORD);
    };
  }, [scroller, store]);

  // The word being played.
  useEffect(() => {
    if (!scroller || !media || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const show = () => {
      const t = media.currentTime;
      for (const id of store.order()) {
        const words = store.get(id)?.turn.words;
        const index = words ? wordAt(words, t) : null;
        if (index === null || !words) continue;
        const root = textOf(id, scroller);
        const text = root?.textContent ?? '';
        const range = root ? rangeOfWord(text, alignWords(text, words), index) : null;
        const dom = range && root ? domRange(root, range) : null;
        if (dom) return void CSS.highlights.set(PLAYING_WORD, new Highlight(dom));
        break;
      }
      CSS.highlights.delete(PLAYING_WORD);
    };
    const events = ['timeupdate', 'seeked', 'play'];
    events.forEach((e) => media.addEventListener(e, show));
    show();
    return () => {
      events.forEach((e) => media.removeEventListener(e, show));
      CSS.highlights.delete(PLAYING_WORD);
    };
  }, [scroller, store, media]);
}
