/**
 * The desktop app's main process: one instance with one hardened window showing the built
 * renderer (served under its own `telaah://app/` scheme, see app-window.ts for its menus,
 * placement and spelling), the IPC handlers behind window.api, and the project files the
 * system hands to the app (double-click, a second launch, the recent list). No UI and no
 * database live here.
 */
import { app, BrowserWindow, dialog, ipcMain, net, protocol, shell, type IpcMainEvent } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { BEFORE_QUIT_CHANNEL, BEFORE_QUIT_DONE_CHANNEL, MODEL_PROGRESS_CHANNEL, WINDOW_STATE_CHANNEL, type BackupSettings, type ModelShelf, type OpenedFile } from '../shared/api.ts';
import { isProjectPath } from '../shared/desktop.ts';
import { decodeText } from '../shared/formats/text-decode.ts';
import { clampKeepDays } from '../shared/backups.ts';
import { whisperModel } from '../shared/transcription/models.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appFilePath, appHeaders, INDEX_URL } from './app-scheme.ts';
import { AppWindow } from './app-window.ts';
import { writeDurably } from './durable-write.ts';
import { guidePath } from './guide.ts';
import { projectFilesIn } from './launch-files.ts';
import { RecentFiles } from './recent-files.ts';
import { BackupFolder } from './backups.ts';
import { registerIpc, type IpcHost } from './ipc.ts';
import { MEDIA_SCHEME, MediaRegistry } from './media.ts';
import { ModelFolder } from './model-folder.ts';
import { hardenContents, isAppPage, secureWebPreferences } from './security.ts';
import { MAX_CONTENT_CHARS } from './validate.ts';

const rendererRoot = join(__dirname, '..', '..', 'dist');
let appWindow: AppWindow | null = null;
const mainWindowOf = () => appWindow?.window ?? null;

const recent = new RecentFiles({
  load: () => JSON.parse(readFileSync(join(app.getPath('userData'), 'recent.json'), 'utf8')),
  save: (list) => writeFileSync(join(app.getPath('userData'), 'recent.json'), JSON.stringify(list)),
  addToSystem: (path) => app.addRecentDocument(path),
  baseName: basename,
  now: () => new Date().toISOString(),
});

const mediaStorePath = () => join(app.getPath('userData'), 'media.json');
let media: MediaRegistry | null = null;
function mediaRegistry(): MediaRegistry {
  media ??= new MediaRegistry({
    load: () => (existsSync(mediaStorePath()) ? (JSON.parse(readFileSync(mediaStorePath(), 'utf8')) as Record<string, string>) : {}),
    save: (tokens) => writeFileSync(mediaStorePath(), JSON.stringify(tokens)),
    exists: existsSync,
  });
  return media;
}

const settingsPath = () => join(app.getPath('userData'), 'backup-settings.json');
function readKeepDays(): number {
  try {
    return clampKeepDays((JSON.parse(readFileSync(settingsPath(), 'utf8')) as { keepDays?: unknown }).keepDays);
  } catch {
    return clampKeepDays(undefined);
  }
}
let backupFolder: BackupFolder | null = null;
const backups = () => (backupFolder ??= new BackupFolder(join(app.getPath('userData'), 'backups'), readKeepDays));
const backupSettings = (): BackupSettings => ({ keepDays: readKeepDays(), location: backups().folder, storage: 'disk' });

let modelFolder: ModelFolder | null = null;
const models = () => (modelFolder ??= new ModelFolder(join(app.getPath('userData'), 'models')));
const modelDownloads = new Map<string, AbortController>();

async function modelShelf(): Promise<ModelShelf> {
  const installed = await models().installed();
  // Each model file is read by the renderer's engine through the same guarded scheme as attached media.
  return { folder: models().folder, installed: installed.map((name) => ({ name, url: mediaRegistry().allow(models().pathOf(whisperModel(name)!)) })) };
}

/** The team servers the page was let reach in this run (the origins of their API and WebSocket). */
const teamServers = new Set<string>();

const host: IpcHost = {
  allowServer: (origins) => origins.forEach((origin) => teamServers.add(origin)),
  isTrustedSender: (event) => isAppPage(event.senderFrame?.url, INDEX_URL),
  async chooseSavePath(defaultName, filters) {
    const result = await dialog.showSaveDialog(mainWindowOf()!, { defaultPath: defaultName, filters });
    return result.canceled ? null : (result.filePath ?? null);
  },
  async chooseFolder() {
    const result = await dialog.showOpenDialog(mainWindowOf()!, { properties: ['openDirectory', 'createDirectory'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseOpenPath(filters) {
    const result = await dialog.showOpenDialog(mainWindowOf()!, { properties: ['openFile'], filters });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  writeAtomically: writeDurably,
  async readFile(path) {
    if ((await stat(path)).size > MAX_CONTENT_CHARS) throw new Error(`${basename(path)} is too large`);
    return new Uint8Array(await readFile(path));
  },
  joinPath: join,
  baseName: basename,
  allowMedia: (path) => mediaRegistry().allow(path),
  reopenMedia: (path) => mediaRegistry().reopen(path),
  userName: () => {
    try {
      return userInfo().username;
    } catch {
      return '';
    }
  },
  recent: {
    list: () => recent.list(),
    remember(path) {
      recent.remember(path);
      appWindow?.updateMenu();
    },
    forget(path) {
      recent.forget(path);
      appWindow?.updateMenu();
    },
  },
  models: {
    shelf: modelShelf,
    async download(name) {
      if (modelDownloads.has(name)) return { ok: false, problem: 'unavailable', detail: 'already downloading' };
      const controller = new AbortController();
      modelDownloads.set(name, controller);
      try {
        return await models().download(whisperModel(name)!, { signal: controller.signal, onProgress: (p) => mainWindowOf()?.webContents.send(MODEL_PROGRESS_CHANNEL, p) });
      } finally {
        modelDownloads.delete(name);
      }
    },
    cancel: (name) => modelDownloads.get(name)?.abort(),
  },
  backups: {
    write: (backup) => backups().write(backup),
    list: () => backups().list(),
    read: (id) => backups().read(id),
    settings: backupSettings,
    setKeepDays(days) {
      writeFileSync(settingsPath(), JSON.stringify({ keepDays: clampKeepDays(days) }));
      return backupSettings();
    },
  },
};

/** How long the window may take for its last backup before it closes anyway. */
const LAST_BACKUP_TIMEOUT_MS = 5000;
let lastBackupDone = false;
let quitRequested = false;

/** Asks the window for a last backup of changed studies, then closes it. */
function closeAfterBackup(window: BrowserWindow): void {
  const finish = () => {
    lastBackupDone = true;
    if (!window.isDestroyed()) window.close();
    if (quitRequested) app.quit();
  };
  const timer = setTimeout(finish, LAST_BACKUP_TIMEOUT_MS);
  // Only the window's own page may say its backup is done, as for every other message.
  const onDone = (event: IpcMainEvent) => {
    if (event.sender !== window.webContents || !host.isTrustedSender(event)) return;
    ipcMain.removeListener(BEFORE_QUIT_DONE_CHANNEL, onDone);
    clearTimeout(timer);
    finish();
  };
  ipcMain.on(BEFORE_QUIT_DONE_CHANNEL, onDone);
  window.webContents.send(BEFORE_QUIT_CHANNEL);
}

/** Serves the built renderer under `telaah://app/`, each file with the page's security headers; nothing outside it. */
function serveApp(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = appFilePath(request.url, rendererRoot);
    if (!path) return new Response(null, { status: 404 });
    try {
      return new Response(new Uint8Array(await readFile(path)), { headers: appHeaders(path) });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

/** Serves the media files the user attached, and nothing else, with range requests for seeking. */
function serveMedia(): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    const path = mediaRegistry().pathOf(request.url);
    if (!path) return new Response(null, { status: 404 });
    return net.fetch(pathToFileURL(path).toString(), { headers: request.headers });
  });
}

/** A project file the system handed over (double-click, second launch, recent menu), read and given to the window. */
async function openProjectPath(path: string): Promise<void> {
  if (!isProjectPath(path)) return;
  let file: OpenedFile;
  try {
    const bytes = await host.readFile(path);
    file = { name: basename(path), content: decodeText(bytes), bytes };
  } catch {
    // Gone or unreadable: off the recent list; the window says nothing it was not asked.
    host.recent.forget(path);
    return;
  }
  host.recent.remember(path);
  if (!appWindow) createWindow();
  appWindow!.openFile(file);
}

function createWindow(): void {
  const created = new AppWindow({
    placementFile: join(app.getPath('userData'), 'window-state.json'),
    webPreferences: secureWebPreferences(join(__dirname, 'preload.js')),
    platform: process.platform,
    recent: () => recent.list(),
    actions: {
      openRecent: (path) => void openProjectPath(path),
      openBackupsFolder: () => void shell.openPath(backups().folder),
      openGuide: () => void shell.openPath(guidePath(app.getAppPath(), created.language)),
      about: () => app.showAboutPanel(),
    },
  });
  appWindow = created;
  const window = created.window;
  hardenContents(window.webContents, rendererRoot, (url) => void shell.openExternal(url), teamServers);
  window.once('ready-to-show', () => window.show());
  window.on('close', (event) => {
    if (lastBackupDone) return;
    event.preventDefault();
    closeAfterBackup(window);
  });
  window.on('closed', () => (appWindow = null));
  void window.loadURL(INDEX_URL);
}

// One instance: a second launch hands its files to this one and ends.
const primary = app.requestSingleInstanceLock();
if (!primary) app.quit();
else start();

function start(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES },
    { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } },
  ]);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  // Files given before the app is ready (macOS open-file, this launch's arguments) wait for the window.
  const launchFiles = projectFilesIn(process.argv);
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) void openProjectPath(path);
    else launchFiles.push(path);
  });
  app.on('second-instance', (_event, argv) => {
    const files = projectFilesIn(argv);
    if (!appWindow) createWindow();
    const window = mainWindowOf()!;
    if (window.isMinimized()) window.restore();
    window.focus();
    for (const path of files) void openProjectPath(path);
  });
  void app.whenReady().then(() => {
    app.setAboutPanelOptions({ applicationName: 'Telaah', applicationVersion: app.getVersion(), copyright: 'Telaah contributors, MIT licence' });
    registerIpc(ipcMain, host);
    ipcMain.on(WINDOW_STATE_CHANNEL, (event: IpcMainEvent, state: unknown) => {
      if (host.isTrustedSender(event)) appWindow?.receiveState(event, state);
    });
    serveApp();
    serveMedia();
    createWindow();
    for (const path of launchFiles) void openProjectPath(path);
    app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
  });
  app.on('before-quit', () => (quitRequested = true));
  app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit());
}
