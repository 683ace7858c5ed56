/**
 * The desktop app's main process: one hardened window showing the built renderer (served
 * under its own `telaah://app/` scheme), and
 * the IPC handlers behind window.api. No UI and no database live here.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, shell, type IpcMainEvent } from 'electron';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BEFORE_QUIT_CHANNEL, BEFORE_QUIT_DONE_CHANNEL, MODEL_PROGRESS_CHANNEL, type BackupSettings, type ModelShelf } from '../shared/api.ts';
import { clampKeepDays } from '../shared/backups.ts';
import { whisperModel } from '../shared/transcription/models.ts';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appFilePath, appHeaders, INDEX_URL } from './app-scheme.ts';
import { BackupFolder } from './backups.ts';
import { registerIpc, type IpcHost } from './ipc.ts';
import { MEDIA_SCHEME, MediaRegistry } from './media.ts';
import { ModelFolder } from './model-folder.ts';
import { hardenContents, isAppPage, secureWebPreferences } from './security.ts';
import { MAX_CONTENT_CHARS } from './validate.ts';

const rendererRoot = join(__dirname, '..', '..', 'dist');
let mainWindow: BrowserWindow | null = null;

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

const host: IpcHost = {
  isTrustedSender: (event) => isAppPage(event.senderFrame?.url, INDEX_URL),
  async chooseSavePath(defaultName, filters) {
    const result = await dialog.showSaveDialog(mainWindow!, { defaultPath: defaultName, filters });
    return result.canceled ? null : (result.filePath ?? null);
  },
  async chooseFolder() {
    const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openDirectory', 'createDirectory'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async chooseOpenPath(filters) {
    const result = await dialog.showOpenDialog(mainWindow!, { properties: ['openFile'], filters });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async writeAtomically(path, content) {
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    await writeFile(temp, content);
    await rename(temp, path);
  },
  async readFile(path) {
    if ((await stat(path)).size > MAX_CONTENT_CHARS) throw new Error(`${basename(path)} is too large`);
    return new Uint8Array(await readFile(path));
  },
  joinPath: join,
  baseName: basename,
  allowMedia: (path) => mediaRegistry().allow(path),
  reopenMedia: (path) => mediaRegistry().reopen(path),
  models: {
    shelf: modelShelf,
    async download(name) {
      if (modelDownloads.has(name)) return { ok: false, problem: 'unavailable', detail: 'already downloading' };
      const controller = new AbortController();
      modelDownloads.set(name, controller);
      try {
        return await models().download(whisperModel(name)!, { signal: controller.signal, onProgress: (p) => mainWindow?.webContents.send(MODEL_PROGRESS_CHANNEL, p) });
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

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 900,
    title: 'Telaah',
    show: false,
    webPreferences: secureWebPreferences(join(__dirname, 'preload.js')),
  });
  hardenContents(mainWindow.webContents, rendererRoot, (url) => void shell.openExternal(url));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('close', (event) => {
    if (lastBackupDone || !mainWindow) return;
    event.preventDefault();
    closeAfterBackup(mainWindow);
  });
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(INDEX_URL);
}

app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES },
  { scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true } },
]);
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});
void app.whenReady().then(() => {
  Menu.setApplicationMenu(null);
  registerIpc(ipcMain, host);
  serveApp();
  serveMedia();
  createWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && createWindow());
});
app.on('before-quit', () => (quitRequested = true));
app.on('window-all-closed', () => process.platform !== 'darwin' && app.quit());
