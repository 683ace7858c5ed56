/**
 * What the desktop menus and a dropped recording do on a session's screen: attach a
 * recording (chosen or dropped), open find & replace or the hotkeys, undo and redo in the
 * session's history (a field's own inside a form field), code the selection or open the
 * segment a right-click was on. The transcript's own import is TranscriptFiles'.
 */
import { isMediaName } from '../../../shared/api.ts';
import { useDesktop, useFileDrop, useMenuCommand } from '../../desktop/context.tsx';
import type { WorkbenchPanel } from './WorkbenchToolbar.tsx';
import type { SessionStore } from './session/session-store.ts';
import { isFormField } from '../../ui/form-field.ts';

interface SessionMenus {
  store: SessionStore | null;
  readOnly: boolean;
  openPanel(panel: WorkbenchPanel): void;
  attachMedia(): void;
  attachDropped(file: File): Promise<void>;
  toCodeSearch(): void;
}

const inField = () => isFormField(document.activeElement);

export function useSessionMenus({ store, readOnly, openPanel, attachMedia, attachDropped, toCodeSearch }: SessionMenus): void {
  const desktop = useDesktop();
  const editable = store && !readOnly ? store : null;
  useMenuCommand('attachRecording', attachMedia);
  useFileDrop(isMediaName, attachDropped);
  useMenuCommand('find', () => openPanel('find'));
  useMenuCommand('hotkeys', () => openPanel('help'));
  useMenuCommand('undo', editable && (() => (inField() ? document.execCommand('undo') : editable.undo())));
  useMenuCommand('redo', editable && (() => (inField() ? document.execCommand('redo') : editable.redo())));
  useMenuCommand('codeSelection', editable && toCodeSearch);
  useMenuCommand('openSegment', () => desktop.contextTarget.openSegment?.());
}
