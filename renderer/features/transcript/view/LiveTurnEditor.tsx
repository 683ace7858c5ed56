/**
 * The one live editor of the transcript: a small Lexical plain-text editor over the turn
 * the caret is in, whose coded segments are marks. It is created from the session's
 * current text of the turn and reports every change back at once; structural keys go to
 * the session. All its plugins are composed here.
 */
import { MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import { memo, useCallback, useRef, useState } from 'react';
import type { SegmentRow } from '../../../db/schema.ts';
import { CaretPlugin } from '../plugins/CaretPlugin.tsx';
import { RefocusPlugin } from '../plugins/RefocusPlugin.tsx';
import { ReloadPlugin } from '../plugins/ReloadPlugin.tsx';
import { SelectionPlugin, type SelectedSpan } from '../plugins/SelectionPlugin.tsx';
import { TimeMarkPlugin } from '../plugins/TimeMarkPlugin.tsx';
import { TurnKeysPlugin } from '../plugins/TurnKeysPlugin.tsx';
import { TurnSyncPlugin } from '../plugins/TurnSyncPlugin.tsx';
import type { SessionStore } from '../session/session-store.ts';
import { $renderTurn, type TurnContent } from '../lexical-turn.ts';
import { TimeMarkNode } from '../time-mark-node.ts';
import type { ClickPlay } from './play-clicked.ts';
import type { Lang } from '../../../../shared/model.ts';

export interface LiveTurnEditorProps {
  store: SessionStore;
  turnId: string;
  /** Whether the coder sees a segment (all, or in blind mode their own). */
  isShown(segment: SegmentRow): boolean;
  label: string;
  placeholder: string;
  onSelect(turnId: string, span: SelectedSpan | null): void;
  textLang: Lang;
  /** Plays the recording from a time mark or a draft's word clicked in the text; absent without a playable recording. */
  play?: ClickPlay;
}

const THEME = { mark: 'seg', markOverlap: 'seg-overlap', paragraph: 'turn-paragraph' };

/** Its props stay the same while the user types, so typing never re-renders it. */
export const LiveTurnEditor = memo(function LiveTurnEditor({ store, turnId, isShown, label, placeholder, onSelect, textLang, play }: LiveTurnEditorProps) {
  // The turn as it is when the editor is created: keys typed while it was on its way are in it.
  const [initial] = useState(() => store.get(turnId)!);
  const rev = useRef(initial.turn.rev);
  // Created once per mount, from the turn as it is now; later changes come through ReloadPlugin.
  const [config] = useState(() => ({
    namespace: `turn-${turnId}`,
    nodes: [MarkNode, TimeMarkNode],
    theme: THEME,
    onError: (error: Error) => console.error(error),
    editorState: () => $renderTurn(initial.turn.text, initial.segments.filter(isShown)),
  }));
  const sync = useCallback((content: TurnContent) => store.typed(turnId, rev.current, content.text, content.spans), [store, turnId]);
  const split = useCallback((content: TurnContent, offset: number) => (sync(content), store.split(turnId, offset)), [store, sync, turnId]);
  const joinPrevious = useCallback((content: TurnContent) => (sync(content), store.joinWithPrevious(turnId)), [store, sync, turnId]);
  const joinNext = useCallback((content: TurnContent) => (sync(content), store.joinNext(turnId)), [store, sync, turnId]);
  const move = useCallback(
    (direction: -1 | 1) => {
      const order = store.order();
      const next = order[order.indexOf(turnId) + direction];
      if (next !== undefined) store.activate(next, direction < 0 ? 'end' : 'start');
    },
    [store, turnId],
  );
  const select = useCallback((span: SelectedSpan | null) => onSelect(turnId, span), [onSelect, turnId]);

  return (
    <LexicalComposer initialConfig={config}>
      <div className="turn-editor">
        <PlainTextPlugin
          contentEditable={<ContentEditable className="turn-text" aria-label={label} lang={textLang} spellCheck />}
          placeholder={<div className="turn-placeholder">{placeholder}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <TurnSyncPlugin onChange={sync} />
        <TimeMarkPlugin play={play} />
        <SelectionPlugin onSelect={select} />
        <TurnKeysPlugin onSplit={split} onJoinPrevious={joinPrevious} onJoinNext={joinNext} onMove={move} />
        <ReloadPlugin store={store} turnId={turnId} isShown={isShown} rev={rev} />
        <CaretPlugin store={store} turnId={turnId} />
        <RefocusPlugin />
      </div>
    </LexicalComposer>
  );
});
