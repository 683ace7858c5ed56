/**
 * Brings the caret back into the live turn, with the text that was selected still
 * selected, when something outside the editor asks (the code search's Esc): the editor
 * keeps its selection while focus is elsewhere, and `editor.focus()` puts it back.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/** The window event that asks the live turn to take the focus back. */
export const REFOCUS_TEXT_EVENT = 'telaah:refocus-text';

export function RefocusPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const refocus = () => editor.focus();
    window.addEventListener(REFOCUS_TEXT_EVENT, refocus);
    return () => window.removeEventListener(REFOCUS_TEXT_EVENT, refocus);
  }, [editor]);
  return null;
}
