/**
 * The browser implementation of the host API for the web build: saving is a download,
 * opening is a file input, snapshots go to a browser database of their own. The desktop
 * app gets the same interface from its preload.
 */
import { isMediaName, MEDIA_EXTENSIONS, type Api, type AttachedMedia, type BackupSettings, type FileFilter, type FileToSave, type OpenedFile } from '../../shared/api.ts';
import { openedFromFile } from './opened-file.ts';
import { BrowserBackupStore } from '../db/backup-store.ts';

function download(file: FileToSave): void {
  const blob =
    typeof file.content === 'string'
      ? new Blob([file.content], { type: `${file.name.endsWith('.html') ? 'text/html' : file.name.endsWith('.csv') ? 'text/csv' : 'text/plain'};charset=utf-8` })
      : new Blob([new Uint8Array(file.content)], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets the user pick one file through a hidden file input; null when cancelled. */
function chooseFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.hidden = true;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ?? null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}

async function pickFile(filters: FileFilter[]): Promise<OpenedFile | null> {
  const file = await chooseFile(filters);
  return file ? openedFromFile(file) : null;
}

const keptInBrowser = (file: File): AttachedMedia => ({ name: file.name, url: URL.createObjectURL(file), blob: file });

async function attachMedia(): Promise<AttachedMedia | null> {
  const file = await chooseFile([{ name: 'Audio/video', extensions: [...MEDIA_EXTENSIONS] }]);
  return file ? keptInBrowser(file) : null;
}

const backups = new BrowserBackupStore();

async function backupSettings(): Promise<BackupSettings> {
  const persisted = (await navigator.storage?.persisted?.()) ?? false;
  return { keepDays: backups.keepDays(), location: 'IndexedDB "telaah-backups"', storage: persisted ? 'persistent' : 'best-effort' };
}

export const webHost: Api = {
  async saveFile(file) {
    download(file);
    return { saved: true, location: file.name };
  },
  async saveFiles(files) {
    files.forEach(download);
    return { saved: true, location: files.map((f) => f.name).join(', ') };
  },
  openFile: pickFile,
  attachMedia,
  // The web build keeps the file itself in the browser's storage; there is no path to reopen.
  reopenMedia: async () => null,
  writeBackup: ({ studyId, title, content }) => backups.write(studyId, title, content),
  listBackups: () => backups.list(),
  readBackup: (id) => backups.read(id),
  backupSettings,
  async setBackupKeepDays(days) {
    backups.setKeepDays(days);
    return backupSettings();
  },
  // Models are not downloaded into a browser; the user chooses a model file instead.
  whisperModels: async () => ({ folder: null, installed: [] }),
  downloadWhisperModel: async () => ({ ok: false, problem: 'unavailable' }),
  cancelModelDownload: async () => undefined,
  onModelProgress: () => undefined,
  // A browser tab gives no chance to finish work when it closes; snapshots run on a timer instead.
  onBeforeQuit: () => undefined,
  attachDroppedMedia: async (file) => (isMediaName(file.name) ? keptInBrowser(file) : null),
  // The browser keeps no list of files: it never learns where a file came from.
  recentFiles: async () => [],
  // A browser does not tell who is signed in to the computer.
  userName: async () => '',
  // The browser reaches the servers its page's policy allows; nothing to open here.
  allowServer: async () => undefined,
  openRecent: async () => null,
  // No menus, no second launch: the browser has its own.
  setWindowState: () => undefined,
  onMenuCommand: () => undefined,
  onAddWord: () => undefined,
  onOpenFile: () => undefined,
};
