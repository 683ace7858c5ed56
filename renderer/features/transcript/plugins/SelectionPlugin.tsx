/**
 * Tells the transcript which text of this turn is selected, so the coding panel can code
 * it. A collapsed caret reports null. The session already holds what the editor holds,
 * so the offsets refer to the session's text of the turn.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $selectedSpan } from '../lexical-turn.ts';

export interface SelectedSpan {
  start: number;
  end: number;
  text: string;
}

export function SelectionPlugin({ onSelect }: { onSelect(span: SelectedSpan | null): void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let last = '';
    return editor.registerUpdateListener(({ editorState }) => {
      if (!editor.getRootElement()?.contains(document.activeElement)) return;
      const span = editorState.read($selectedSpan);
      const selected = span && span.text.trim() !== '' ? span : null;
      const key = selected ? `${selected.start}:${selected.end}` : '';
      if (key === last) return;
      last = key;
      onSelect(selected);
    });
  }, [editor, onSelect]);
  return null;
}
