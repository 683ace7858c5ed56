/**
 * What a click on a turn's text plays, in the live editor and in a static turn alike: a
 * time mark plays from its time; Ctrl+click (Cmd+click on macOS) on a word of a draft
 * plays from when it was said. Either way the caret goes where the click landed.
 */
import { markSeconds } from '../../../../shared/time-marks.ts';
import { TIME_MARK_CLASS } from '../time-mark-node.ts';
import { offsetAtPoint } from './dom-offset.ts';

export interface ClickPlay {
  playFrom(seconds: number): void;
  /** The time of the draft word at an offset of the turn's text, or null (no timed words there). */
  wordTimeAt(offset: number): number | null;
}

export function playClicked(event: MouseEvent, root: HTMLElement | null, play: ClickPlay | undefined): void {
  if (!play) return;
  const mark = event.target instanceof Element ? event.target.closest(`.${TIME_MARK_CLASS}`) : null;
  const seconds = mark ? markSeconds(mark.textContent ?? '') : null;
  if (seconds !== null) return play.playFrom(seconds);
  if (!(event.ctrlKey || event.metaKey) || !root) return;
  const offset = offsetAtPoint(root, event.clientX, event.clientY);
  const time = offset === null ? null : play.wordTimeAt(offset);
  if (time !== null) play.playFrom(time);
}
