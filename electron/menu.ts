/**
 * The desktop app's menus as templates, pure functions of the UI language, the platform
 * and the window's state: the application menu (File, Edit, View, Help, and on macOS the
 * app and Window menus) and the context menu of a right-click. Clipboard items are
 * Electron's roles, so the system's own cut, copy and paste work in every field (on macOS
 * only an application menu gives text fields Cmd+C, Cmd+V, Cmd+X and Cmd+A). Everything
 * the app itself does is a command sent to the window, which carries it out as its own
 * buttons do; undo and redo go to the session's history there.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile, WindowState } from '../shared/desktop.ts';
import { menuLabel, type MenuLabel } from './menu-labels.ts';

/** What a menu item does outside the window's own commands. */
export interface MenuActions {
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  openBackupsFolder(): void;
  openGuide(): void;
  /** -1 smaller, +1 larger, 0 back to 100 %. */
  zoom(step: -1 | 0 | 1): void;
  about(): void;
}

type Platform = 'darwin' | 'win32' | 'linux';

function platformOf(platform: string): Platform {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function applicationMenu(state: WindowState, platform: string, recent: readonly RecentFile[], actions: MenuActions): MenuItemConstructorOptions[] {
  const os = platformOf(platform);
  const label = (key: MenuLabel) => menuLabel(state.lang, key);
  const command = (key: MenuCommand & MenuLabel, accelerator?: string): MenuItemConstructorOptions => ({
    id: key,
    label: label(key),
    accelerator,
    enabled: state.available.includes(key),
    click: () => actions.send(key),
  });
  const role = (name: NonNullable<MenuItemConstructorOptions['role']>, key: MenuLabel, accelerator?: string): MenuItemConstructorOptions => ({ role: name, label: label(key), accelerator });

  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0 ? [{ label: label('noRecent'), enabled: false }] : recent.map((r) => ({ label: r.name, sublabel: r.path, click: () => actions.openRecent(r.path) }));

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: label('file'),
    submenu: [
      command('newStudy', 'CmdOrCtrl+N'),
      command('openProject', 'CmdOrCtrl+O'),
      { id: 'openRecent', label: label('openRecent'), submenu: recentItems },
      command('saveProject', 'CmdOrCtrl+S'),
      separator,
      command('importTranscript'),
      command('attachRecording'),
      command('importParticipants'),
      separator,
      command('exportTables', 'CmdOrCtrl+E'),
      separator,
      { id: 'openBackups', label: label('openBackups'), click: () => actions.openBackupsFolder() },
      // On macOS Quit is in the app menu.
      ...(os === 'darwin' ? [] : [separator, role('quit', 'quit', os === 'win32' ? 'Alt+F4' : 'Ctrl+Q')]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: label('edit'),
    submenu: [
      // Undo and redo are the window's: the session's history on the transcript, a field's own elsewhere.
      { ...command('undo', 'CmdOrCtrl+Z'), enabled: true },
      { ...command('redo', os === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'), enabled: true },
      separator,
      role('cut', 'cut', 'CmdOrCtrl+X'),
      role('copy', 'copy', 'CmdOrCtrl+C'),
      role('paste', 'paste', 'CmdOrCtrl+V'),
      role('pasteAndMatchStyle', 'pastePlain', 'Shift+CmdOrCtrl+V'),
      role('selectAll', 'selectAll', 'CmdOrCtrl+A'),
      separator,
      command('find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: label('view'),
    submenu: [
      { id: 'zoomIn', label: label('zoomIn'), accelerator: 'CmdOrCtrl+=', click: () => actions.zoom(1) },
      { id: 'zoomOut', label: label('zoomOut'), accelerator: 'CmdOrCtrl+-', click: () => actions.zoom(-1) },
      // On the transcript Ctrl+0 is the moderator's key, which the window takes first.
      { id: 'zoomReset', label: label('zoomReset'), accelerator: 'CmdOrCtrl+0', click: () => actions.zoom(0) },
      separator,
      role('togglefullscreen', 'fullScreen', os === 'darwin' ? 'Ctrl+Cmd+F' : 'F11'),
    ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    role: 'help',
    label: label('help'),
    submenu: [
      { id: 'guide', label: label('guide'), click: () => actions.openGuide() },
      command('hotkeys'),
      ...(os === 'darwin' ? [] : [separator, { id: 'about', label: label('about'), click: () => actions.about() }]),
    ],
  };

  if (os !== 'darwin') return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: label('app'),
    submenu: [
      { id: 'about', label: label('about'), click: () => actions.about() },
      separator,
      role('services', 'services'),
      separator,
      role('hide', 'hide', 'Cmd+H'),
      role('hideOthers', 'hideOthers', 'Cmd+Alt+H'),
      role('unhide', 'unhide'),
      separator,
      role('quit', 'quit', 'Cmd+Q'),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    role: 'windowMenu',
    label: label('window'),
    submenu: [role('minimize', 'minimize', 'Cmd+M'), role('close', 'close', 'Cmd+W')],
  };
  return [appMenu, file, edit, view, windowMenu, help];
}

/** What Electron's context-menu event says about the place right-clicked (a subset of its params). */
export interface ContextParams {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface ContextActions {
  send(command: MenuCommand): void;
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

/** Spelling suggestions shown at most. */
const SUGGESTIONS = 5;

/** The right-click menu: spelling first, then the app's own items, then the clipboard; empty when there is nothing to offer. */
export function contextMenu(state: WindowState, params: ContextParams, actions: ContextActions): MenuItemConstructorOptions[] {
  const label = (key: MenuLabel, word?: string) => menuLabel(state.lang, key, word);
  const groups: MenuItemConstructorOptions[][] = [];
  if (params.isEditable && params.misspelledWord) {
    const word = params.misspelledWord;
    const suggestions = params.dictionarySuggestions.slice(0, SUGGESTIONS);
    groups.push([
      ...(suggestions.length > 0
        ? suggestions.map((s): MenuItemConstructorOptions => ({ label: s, click: () => actions.replaceMisspelling(s) }))
        : [{ label: label('noSuggestions'), enabled: false }]),
      { id: 'addWord', label: label('addWord', word), click: () => actions.addToDictionary(word) },
    ]);
  }
  const own: MenuItemConstructorOptions[] = [];
  if (state.context.codable && params.selectionText.trim() !== '') own.push({ id: 'codeSelection', label: label('codeSelection'), click: () => actions.send('codeSelection') });
  if (state.context.segmentId !== null) own.push({ id: 'openSegment', label: label('openSegment'), click: () => actions.send('openSegment') });
  if (own.length > 0) groups.push(own);
  const clipboard: MenuItemConstructorOptions[] = [];
  const { editFlags } = params;
  if (params.isEditable && editFlags.canCut) clipboard.push({ role: 'cut', label: label('cut') });
  if (editFlags.canCopy && params.selectionText !== '') clipboard.push({ role: 'copy', label: label('copy') });
  if (params.isEditable && editFlags.canPaste) clipboard.push({ role: 'paste', label: label('paste') });
  if (params.isEditable && editFlags.canSelectAll) clipboard.push({ role: 'selectAll', label: label('selectAll') });
  if (clipboard.length > 0) groups.push(clipboard);
  return groups.flatMap((group, i) => (i === 0 ? group : [separator, ...group]));
}
