/**
 * The editor of one speaker turn: a small Lexical plain-text editor whose coded segments
 * are marks. All plugins are composed here. Each turn has its own editor so the live
 * editable DOM stays small however long the transcript is.
 */
import { MarkNode } from '@lexical/mark';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import type { LexicalEditor } from 'lexical';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Span } from '../../../shared/turn-edit.ts';
import { FocusPlugin, type FocusRequest } from './plugins/FocusPlugin.tsx';
import { SelectionPlugin, type SelectedSpan } from './plugins/SelectionPlugin.tsx';
import { TurnKeysPlugin } from './plugins/TurnKeysPlugin.tsx';
import { TurnSyncPlugin } from './plugins/TurnSyncPlugin.tsx';
import { $readTurn, $renderTurn, type TurnContent } from './turn-state.ts';
import { useTurnSaver } from './useTurnSaver.ts';
import type { TurnEdit } from '../../db/turns.ts';

export interface TurnEditorProps {
  turnId: string;
  text: string;
  spans: Span[];
  label: string;
  placeholder: string;
  focus: FocusRequest | null;
  onFocusDone(token: number): void;
  onSelect(turnId: string, span: SelectedSpan | null): void;
  onSplit(edit: TurnEdit, offset: number): void;
  onJoinPrevious(edit: TurnEdit): void;
  onMove(turnId: string, direction: -1 | 1): void;
  /** The caret entered this turn. */
  onActivate(turnId: string): void;
  /** The user typed in this turn (its own editor undoes that). */
  onTyped(): void;
}

const THEME = { mark: 'seg', markOverlap: 'seg-overlap', paragraph: 'turn-paragraph' };

export function TurnEditor(props: TurnEditorProps) {
  const { turnId, text, spans, onSelect, onSplit, onJoinPrevious, onMove } = props;
  const [knownIds] = useState(() => spans.map((s) => s.id));
  const saver = useTurnSaver(turnId, knownIds);
  const editorRef = useRef<LexicalEditor | null>(null);
  const config = useMemo(
    () => ({
      namespace: `turn-${turnId}`,
      nodes: [MarkNode],
      theme: THEME,
      onError: (error: Error) => console.error(error),
      editorState: () => $renderTurn(text, spans),
    }),
    // Created once per mount: the parent remounts the editor when the turn's rev changes.
    [],
  );

  const current = () => editorRef.current?.getEditorState().read($readTurn) ?? { text, spans };
  const handleSelect = useCallback(
    (span: SelectedSpan | null) => {
      if (span) saver.flush();
      onSelect(turnId, span);
    },
    [saver, onSelect, turnId],
  );
  const handleSplit = useCallback((offset: number) => onSplit(saver.take(current()), offset), [saver, onSplit]);
  const handleJoin = useCallback(() => onJoinPrevious(saver.take(current())), [saver, onJoinPrevious]);
  const onChange = useCallback((content: TurnContent) => (props.onTyped(), saver.schedule(content)), [props.onTyped, saver]);
  const handleMove = useCallback((direction: -1 | 1) => onMove(turnId, direction), [onMove, turnId]);

  return (
    <LexicalComposer initialConfig={config}>
      <div className="turn-editor" onBlur={saver.flush} onFocus={() => props.onActivate(turnId)}>
        <PlainTextPlugin
          contentEditable={<ContentEditable className="turn-text" aria-label={props.label} spellCheck={false} />}
          placeholder={<div className="turn-placeholder">{props.placeholder}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <EditorRefPlugin editorRef={editorRef} />
        <TurnSyncPlugin onChange={onChange} />
        <SelectionPlugin onSelect={handleSelect} />
        <TurnKeysPlugin onSplit={handleSplit} onJoinPrevious={handleJoin} onMove={handleMove} />
        <FocusPlugin request={props.focus} onDone={props.onFocusDone} />
      </div>
    </LexicalComposer>
  );
}
