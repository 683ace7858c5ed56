/**
 * What the desktop app's menus and the window exchange: the commands a menu item sends to
 * the window, the state the window reports back (its language, which commands it can run
 * now), and the files the app opens by itself (a file double-clicked, dropped or recent).
 * Pure data, shared by the main process, the preload and the renderer.
 */
import type { FileFilter } from './api.ts';
import type { Lang } from './model.ts';

/** Commands the window carries out; the main process's own actions (zoom, quit…) are not here. */
export const MENU_COMMANDS = [
  'newStudy',
  'openProject',
  'saveProject',
  'importTranscript',
  'attachRecording',
  'importParticipants',
  'exportTables',
  'undo',
  'redo',
  'find',
  'hotkeys',
  'codeSelection',
  'openSegment',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** What the window tells the main process whenever it changes: the menus follow it. */
export interface WindowState {
  lang: Lang;
  /** The commands the screen shown can carry out now (the others are greyed out). */
  available: MenuCommand[];
  /** Under the pointer at the last right-click. */
  context: PointerContext;
  /** The language text is spell-checked in, and the open study's own words. */
  spelling: { lang: Lang; words: string[] };
}

/** A coded segment under the pointer (its id), and whether the selection can be coded. */
export interface PointerContext {
  segmentId: string | null;
  codable: boolean;
}

export const INITIAL_WINDOW_STATE: WindowState = { lang: 'id', available: [], context: { segmentId: null, codable: false }, spelling: { lang: 'id', words: [] } };

/** Project files the app opens when given one (double-click, drop, recent list). */
export const PROJECT_EXTENSIONS = ['.telaah.json', '.qdpx'] as const;

/** The open dialog's choice for them: Telaah's own project files and REFI-QDA projects. */
export const PROJECT_FILE_FILTERS: FileFilter[] = [{ name: 'Telaah, REFI-QDA', extensions: ['json', 'qdpx'] }];

export function isProjectPath(path: string): boolean {
  const lower = path.toLowerCase();
  return PROJECT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** A project file the app opened or saved lately, newest first. */
export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
}

/** How many recent project files are remembered. */
export const RECENT_LIMIT = 10;

/** The recent list after `path` was opened or saved at `when`: it moves to the top, once. */
export function withRecent(list: readonly RecentFile[], path: string, name: string, when: string): RecentFile[] {
  return [{ path, name, openedAt: when }, ...list.filter((r) => r.path !== path)].slice(0, RECENT_LIMIT);
}
