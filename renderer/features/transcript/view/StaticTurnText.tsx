/**
 * A turn that is not being edited: its text with coded segments marked, as plain DOM
 * that costs little to show and scroll past. A click puts the caret where it landed and
 * the live editor takes over there; a drag selects text to code, as in the editor;
 * focusing it from the keyboard opens the editor at the end. A time mark clicked (or a
 * draft's word Ctrl+clicked) plays the recording from its time.
 */
import { Fragment, memo, useRef, type FocusEvent, type MouseEvent } from 'react';
import type { Lang } from '../../../../shared/model.ts';
import type { SegmentRow } from '../../../db/schema.ts';
import { pieces } from '../turn-pieces.ts';
import { caretOffset } from './dom-offset.ts';
import { playClicked, type ClickPlay } from './play-clicked.ts';

export interface StaticTurnTextProps {
  turnId: string;
  text: string;
  segments: readonly SegmentRow[];
  label: string;
  placeholder: string;
  /** Puts the caret into this turn; absent when the transcript is read-only. */
  onActivate?: (turnId: string, at: number | 'end') => void;
  /** The transcript's language (screen readers read the text in it). */
  textLang: Lang;
  /** Plays the recording from a time mark or a draft's word clicked in the text; absent without a playable recording. */
  play?: ClickPlay;
}

export const StaticTurnText = memo(function StaticTurnText({ turnId, text, segments, label, placeholder, onActivate, textLang, play }: StaticTurnTextProps) {
  const pointer = useRef(false);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    pointer.current = false;
    playClicked(event.nativeEvent, event.currentTarget, play);
    if (!onActivate) return;
    const offset = caretOffset(event.currentTarget);
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    onActivate(turnId, offset ?? 'end');
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    if (!pointer.current && event.target === event.currentTarget) onActivate?.(turnId, 'end');
  };
  return (
    <div className="turn-editor">
      <div
        className="turn-text turn-static"
        role="textbox"
        aria-readonly={onActivate ? undefined : true}
        aria-label={label}
        tabIndex={onActivate ? 0 : undefined}
        data-turn-text={turnId}
        lang={textLang}
        onMouseDown={() => void (pointer.current = true)}
        onClick={onClick}
        onFocus={onFocus}
      >
        {pieces(text, segments).map((p) => {
          const content = p.mark === undefined ? p.text : <span className="time-mark">{p.text}</span>;
          return p.ids.length === 0 ? (
            <Fragment key={p.from}>{content}</Fragment>
          ) : (
            <mark key={p.from} className={p.ids.length > 1 ? 'seg seg-overlap' : 'seg'}>
              {content}
            </mark>
          );
        })}
      </div>
      {text === '' && <div className="turn-placeholder">{placeholder}</div>}
    </div>
  );
});
