/**
 * The benchmark's yardstick: one plain Lexical editor (plain-text behaviour, no React)
 * holding the whole transcript, one paragraph per turn. The bench types into it and
 * scrolls it exactly as it does in Telaah, and reports Telaah's figures as ratios of its.
 */
import { registerPlainText } from '@lexical/plain-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';

const editor = createEditor({
  namespace: 'yardstick',
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(document.getElementById('editor'));
registerPlainText(editor);

declare global {
  interface Window {
    loadTurns(turns: string[]): Promise<void>;
  }
}

window.loadTurns = (turns) =>
  new Promise((resolve) =>
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        for (const text of turns) root.append($createParagraphNode().append($createTextNode(text)));
      },
      { onUpdate: resolve },
    ),
  );
