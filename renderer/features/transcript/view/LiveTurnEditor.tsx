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
import { useCallback, useMemo, useRef } from 'react';
import { CaretPlugin } from '../plugins/CaretPlugin.tsx';
import { ReloadPlugin } from '../plugins/ReloadPlugin.tsx';
import { SelectionPlugin, type SelectedSpan } from '../plugins/SelectionPlugin.tsx';
import { TurnKeysPlugin } from '../plugins/TurnKeysPlugin.tsx';
import { TurnSyncPlugin } from '../plugins/TurnSyncPlugin.tsx';
import type { SessionStore } from '../session/session-store.ts';
import type { TurnState } from '../session/turn-ops.ts';
import { $renderTurn, type TurnContent } from '../turn-state.ts';

export interface LiveTurnEditorProps {
  store: SessionStore;
  state: TurnState;
  /** The segments the coder sees (all, or in blind mode their own). */
  shown: TurnState['segments'];
  label: string;
  placeholder: string;
  onSelect(turnId: string, span: SelectedSpan | null): void;
}

const THEME = { mark: 'seg', markOverlap: 'seg-overlap', paragraph: 'turn-paragraph' };

export function LiveTurnEditor({ store, state, shown, label, placeholder, onSelect }: LiveTurnEditorProps) {
  const turnId = state.turn.id;
  const rev = useRef(state.turn.rev);
  const config = useMemo(
    () => ({
      namespace: `turn-${turnId}`,
      nodes: [MarkNode],
      theme: THEME,
      onError: (error: Error) => console.error(error),
      editorState: () => $renderTurn(state.turn.text, shown),
    }),
    // Created once per mount, from the turn as it is now; later changes come through ReloadPlugin.
    [],
  );
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
          contentEditable={<ContentEditable className="turn-text" aria-label={label} spellCheck={false} />}
          placeholder={<div className="turn-placeholder">{placeholder}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <TurnSyncPlugin onChange={sync} />
        <SelectionPlugin onSelect={select} />
        <TurnKeysPlugin onSplit={split} onJoinPrevious={joinPrevious} onJoinNext={joinNext} onMove={move} />
        <ReloadPlugin state={state} shown={shown} rev={rev} />
        <CaretPlugin store={store} turnId={turnId} />
      </div>
    </LexicalComposer>
  );
}
