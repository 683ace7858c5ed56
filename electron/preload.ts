/**
 * The preload script: exposes exactly the methods of shared/api.ts as `window.api`, each
 * forwarding to its IPC channel. It imports only types, because a sandboxed preload
 * cannot load other local files; the channel names follow `channelOf` in shared/api.ts.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Api, ApiMethod, ModelDownloadProgress, OpenedFile } from '../shared/api.ts';
import type { MenuCommand, WindowState } from '../shared/desktop.ts';

const invoke =
  (method: ApiMethod) =>
  (...args: unknown[]) =>
    ipcRenderer.invoke(`telaah:${method}`, ...args);

const api = {
  saveFile: invoke('saveFile'),
  saveFiles: invoke('saveFiles'),
  openFile: invoke('openFile'),
  attachMedia: invoke('attachMedia'),
  reopenMedia: invoke('reopenMedia'),
  writeBackup: invoke('writeBackup'),
  listBackups: invoke('listBackups'),
  readBackup: invoke('readBackup'),
  backupSettings: invoke('backupSettings'),
  setBackupKeepDays: invoke('setBackupKeepDays'),
  whisperModels: invoke('whisperModels'),
  downloadWhisperModel: invoke('downloadWhisperModel'),
  cancelModelDownload: invoke('cancelModelDownload'),
  // Channel name as MODEL_PROGRESS_CHANNEL in shared/api.ts.
  onModelProgress(listener: (progress: ModelDownloadProgress) => void) {
    ipcRenderer.removeAllListeners('telaah:model-progress');
    ipcRenderer.on('telaah:model-progress', (_event, progress: ModelDownloadProgress) => listener(progress));
  },
  // The main process asks for a last backup before the window closes and waits for the answer
  // (channel names as BEFORE_QUIT_CHANNEL and BEFORE_QUIT_DONE_CHANNEL in shared/api.ts).
  onBeforeQuit(backUp: () => Promise<void>) {
    ipcRenderer.removeAllListeners('telaah:before-quit');
    ipcRenderer.on('telaah:before-quit', () => {
      void backUp()
        .catch(() => undefined)
        .finally(() => ipcRenderer.send('telaah:before-quit-done'));
    });
  },
  // A dropped recording: its path on disk is found here, from the File itself, so the page
  // never names a path; the main process checks it is a recording.
  async attachDroppedMedia(file: File) {
    const path = webUtils.getPathForFile(file);
    return path ? ipcRenderer.invoke('telaah:attachMediaPath', path) : null;
  },
  recentFiles: invoke('recentFiles'),
  userName: invoke('userName'),
  allowServer: invoke('allowServer'),
  openRecent: invoke('openRecent'),
  // Channel names as WINDOW_STATE_CHANNEL, MENU_COMMAND_CHANNEL, ADD_WORD_CHANNEL and OPEN_FILE_CHANNEL in shared/api.ts.
  setWindowState(state: WindowState) {
    ipcRenderer.send('telaah:window-state', state);
  },
  onMenuCommand(listener: (command: MenuCommand) => void) {
    ipcRenderer.removeAllListeners('telaah:menu-command');
    ipcRenderer.on('telaah:menu-command', (_event, command: MenuCommand) => listener(command));
  },
  onAddWord(listener: (word: string) => void) {
    ipcRenderer.removeAllListeners('telaah:add-word');
    ipcRenderer.on('telaah:add-word', (_event, word: string) => listener(word));
  },
  onOpenFile(listener: (file: OpenedFile) => void) {
    ipcRenderer.removeAllListeners('telaah:open-file');
    ipcRenderer.on('telaah:open-file', (_event, file: OpenedFile) => listener(file));
  },
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
