/**
 * The preload script: exposes exactly the methods of shared/api.ts as `window.api`, each
 * forwarding to its IPC channel. It imports only types, because a sandboxed preload
 * cannot load other local files; the channel names follow `channelOf` in shared/api.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api, ApiMethod, ModelDownloadProgress } from '../shared/api.ts';

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
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
