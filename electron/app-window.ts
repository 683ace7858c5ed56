/**
 * The app's window as a desktop user expects it: where and how large it was last time,
 * at the zoom it had, with the application menu in the UI's language, a right-click menu
 * with spelling suggestions, the study's language and words in the spell checker, and
 * project files handed to it once its page listens. The menus themselves are pure
 * templates (menu.ts); this file connects them to Electron.
 */
import { BrowserWindow, Menu, screen, type IpcMainEvent, type WebContents } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { ADD_WORD_CHANNEL, MENU_COMMAND_CHANNEL, OPEN_FILE_CHANNEL, type OpenedFile } from '../shared/api.ts';
import { INITIAL_WINDOW_STATE, type MenuCommand, type RecentFile, type WindowState } from '../shared/desktop.ts';
import { applicationMenu, contextMenu, type MenuActions } from './menu.ts';
import { dictionaryChanges, spellCheckerLanguages } from './spelling.ts';
import { DEFAULT_SIZE, fitToDisplays, MIN_SIZE, readPlacement, zoomStep } from './window-state.ts';
import { windowState as validWindowState } from './validate.ts';

export interface AppWindowOptions {
  /** window-state.json in the app's data folder. */
  placementFile: string;
  webPreferences: Electron.WebPreferences;
  platform: string;
  recent(): RecentFile[];
  /** The main process's own menu actions (backups folder, guide, about, a recent file). */
  actions: Omit<MenuActions, 'send' | 'zoom'>;
}

export class AppWindow {
  readonly window: BrowserWindow;
  private state: WindowState = INITIAL_WINDOW_STATE;
  /** Words this run put into the spell checker's dictionary. */
  private readonly words = new Set<string>();
  /** Files to open once the page has said it listens (its first state). */
  private pending: OpenedFile[] | null = [];

  constructor(private readonly options: AppWindowOptions) {
    const placement = readPlacement(readJson(options.placementFile));
    const bounds = fitToDisplays(placement.bounds, screen.getAllDisplays().map((d) => d.workArea));
    this.window = new BrowserWindow({
      ...(bounds ?? DEFAULT_SIZE),
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      title: 'Telaah',
      show: false,
      webPreferences: options.webPreferences,
    });
    if (placement.maximized) this.window.maximize();
    const contents = this.window.webContents;
    contents.on('did-finish-load', () => contents.setZoomLevel(placement.zoomLevel));
    // Ctrl + mouse wheel or a pinch zooms as the View menu does, and is remembered.
    contents.on('zoom-changed', (_event, direction) => this.zoom(direction === 'in' ? 1 : -1));
    contents.on('context-menu', (_event, params) => {
      const template = contextMenu(this.state, params, {
        send: (command) => this.send(command),
        replaceMisspelling: (word) => contents.replaceMisspelling(word),
        addToDictionary: (word) => contents.send(ADD_WORD_CHANNEL, word),
      });
      if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: this.window });
    });
    this.window.on('close', () => this.savePlacement());
    this.updateMenu();
  }

  /** The UI's language, as the page last said. */
  get language(): WindowState['lang'] {
    return this.state.lang;
  }

  get contents(): WebContents {
    return this.window.webContents;
  }

  /** The page's state arrived (checked by the caller to come from the app's page): menus and spelling follow it. */
  receiveState(event: IpcMainEvent, raw: unknown): void {
    if (event.sender !== this.contents) return;
    let state: WindowState;
    try {
      state = validWindowState(raw);
    } catch {
      return;
    }
    this.state = state;
    this.updateMenu();
    this.updateSpelling();
    const waiting = this.pending;
    this.pending = null;
    for (const file of waiting ?? []) this.contents.send(OPEN_FILE_CHANNEL, file);
  }

  /** Hands a project file to the page, or keeps it until the page listens. */
  openFile(file: OpenedFile): void {
    if (this.window.isMinimized()) this.window.restore();
    this.window.focus();
    if (this.pending) this.pending.push(file);
    else this.contents.send(OPEN_FILE_CHANNEL, file);
  }

  updateMenu(): void {
    const actions: MenuActions = { ...this.options.actions, send: (command) => this.send(command), zoom: (step) => this.zoom(step) };
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenu(this.state, this.options.platform, this.options.recent(), actions)));
  }

  private send(command: MenuCommand): void {
    if (!this.window.isDestroyed()) this.contents.send(MENU_COMMAND_CHANNEL, command);
  }

  private zoom(step: -1 | 0 | 1): void {
    this.contents.setZoomLevel(zoomStep(this.contents.getZoomLevel(), step));
    this.savePlacement();
  }

  private updateSpelling(): void {
    const session = this.contents.session;
    // macOS checks with the system's own dictionaries, by the text's lang.
    if (this.options.platform !== 'darwin') {
      const languages = spellCheckerLanguages(this.state.spelling.lang, session.availableSpellCheckerLanguages);
      if (languages.length > 0) session.setSpellCheckerLanguages(languages);
    }
    const { add, remove } = dictionaryChanges(this.words, this.state.spelling.words);
    for (const word of add) if (session.addWordToSpellCheckerDictionary(word)) this.words.add(word);
    for (const word of remove) if (session.removeWordFromSpellCheckerDictionary(word)) this.words.delete(word);
  }

  private savePlacement(): void {
    if (this.window.isDestroyed()) return;
    const placement = { bounds: this.window.getNormalBounds(), maximized: this.window.isMaximized(), zoomLevel: this.contents.getZoomLevel() };
    try {
      writeFileSync(this.options.placementFile, JSON.stringify(placement));
    } catch {
      // A window that cannot remember its place opens at the default next time.
    }
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}
