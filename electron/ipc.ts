/**
 * The main-process side of shared/api.ts: one IPC handler per method. Every handler
 * first checks that the message comes from the app's own window, then validates its
 * arguments, and touches only paths the user picked in a native dialog or the app's own
 * backup folder (by snapshot name, never by path), and Whisper models by their listed
 * name only.
 */
import type { Api, ApiMethod, AttachedMedia, BackupSettings, BackupToWrite, FileFilter, FileToSave, ModelDownloadResult, ModelShelf, OpenedFile, SaveResult } from '../shared/api.ts';
import type { ModelName } from '../shared/transcription/models.ts';
import type { BackupInfo } from '../shared/backups.ts';
import { MEDIA_EXTENSIONS } from '../shared/api.ts';
import { isProjectPath, type RecentFile } from '../shared/desktop.ts';
import { channelOf } from '../shared/api.ts';
import { decodeText } from '../shared/formats/text-decode.ts';
import { absolutePath, backupId, backupToWrite, fileFilters, filesToSave, fileToSave, keepDays, mediaPath, modelName, serverText } from './validate.ts';
import { serverAddress, serverOrigins } from '../shared/collab/server-address.ts';

export interface IpcEvent {
  senderFrame: { url: string } | null;
}

/** What the handlers need from Electron and the disk, so tests can give them fakes. */
export interface IpcHost {
  isTrustedSender(event: IpcEvent): boolean;
  chooseSavePath(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
  chooseOpenPath(filters: FileFilter[]): Promise<string | null>;
  writeAtomically(path: string, content: string | Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  joinPath(folder: string, name: string): string;
  baseName(path: string): string;
  /** Remembers a media path the user picked and returns its playable URL. */
  allowMedia(path: string): string;
  /** The URL of a media path picked earlier, or null when unknown or gone. */
  reopenMedia(path: string): string | null;
  /** The name the computer's user signs in with. */
  userName(): string;
  /** Lets the page's requests reach a team server's origins. */
  allowServer(origins: string[]): void;
  /** Project files opened or saved lately (electron/recent-files.ts): only these can be read again by path. */
  recent: {
    list(): RecentFile[];
    remember(path: string): void;
    forget(path: string): void;
  };
  /** The app's own backup folder (electron/backups.ts) and its settings. */
  backups: {
    write(backup: BackupToWrite): Promise<BackupInfo>;
    list(): Promise<BackupInfo[]>;
    read(id: string): Promise<string>;
    settings(): BackupSettings;
    setKeepDays(days: number): BackupSettings;
  };
  /** The Whisper models in the app's data folder (electron/model-folder.ts). */
  models: {
    shelf(): Promise<ModelShelf>;
    download(name: ModelName): Promise<ModelDownloadResult>;
    cancel(name: ModelName): void;
  };
}

export class UntrustedSender extends Error {}

type Handler = (event: IpcEvent, ...args: unknown[]) => Promise<unknown>;

export function createHandlers(host: IpcHost): Record<ApiMethod, Handler> {
  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>, parse: (args: unknown[]) => A): Handler =>
    async (event, ...args) => {
      if (!host.isTrustedSender(event)) throw new UntrustedSender('IPC message from an unknown sender');
      return fn(...parse(args));
    };

  const saveFile: Api['saveFile'] = async (file, filters): Promise<SaveResult> => {
    const path = await host.chooseSavePath(file.name, filters);
    if (!path) return { saved: false };
    await host.writeAtomically(path, file.content);
    if (isProjectPath(path)) host.recent.remember(path);
    return { saved: true, location: path };
  };
  const saveFiles: Api['saveFiles'] = async (files): Promise<SaveResult> => {
    const folder = await host.chooseFolder();
    if (!folder) return { saved: false };
    for (const file of files) await host.writeAtomically(host.joinPath(folder, file.name), file.content);
    return { saved: true, location: folder };
  };
  const openFile: Api['openFile'] = async (filters): Promise<OpenedFile | null> => {
    const path = await host.chooseOpenPath(filters);
    if (!path) return null;
    const opened = await read(path);
    if (isProjectPath(path)) host.recent.remember(path);
    return opened;
  };
  const read = async (path: string): Promise<OpenedFile> => {
    const bytes = await host.readFile(path);
    return { name: host.baseName(path), content: decodeText(bytes), bytes };
  };
  /** Only a path on the recent list is read again; one that is gone leaves the list. */
  const openRecent: Api['openRecent'] = async (path): Promise<OpenedFile | null> => {
    if (!host.recent.list().some((r) => r.path === path)) return null;
    try {
      const opened = await read(path);
      host.recent.remember(path);
      return opened;
    } catch {
      host.recent.forget(path);
      return null;
    }
  };

  const attachMedia: Api['attachMedia'] = async (): Promise<AttachedMedia | null> => {
    const path = await host.chooseOpenPath([{ name: 'Audio/video', extensions: [...MEDIA_EXTENSIONS] }]);
    if (!path) return null;
    return { name: host.baseName(path), url: host.allowMedia(path), path };
  };
  const reopenMedia: Api['reopenMedia'] = async (path) => host.reopenMedia(path);
  const attachMediaPath = async (path: string): Promise<AttachedMedia> => ({ name: host.baseName(path), url: host.allowMedia(path), path });

  return {
    writeBackup: guard((b: BackupToWrite) => host.backups.write(b), (a): [BackupToWrite] => [backupToWrite(a[0])]),
    listBackups: guard(() => host.backups.list(), (): [] => []),
    readBackup: guard((id: string) => host.backups.read(id), (a): [string] => [backupId(a[0])]),
    backupSettings: guard(async () => host.backups.settings(), (): [] => []),
    setBackupKeepDays: guard(async (days: number) => host.backups.setKeepDays(days), (a): [number] => [keepDays(a[0])]),
    whisperModels: guard(() => host.models.shelf(), (): [] => []),
    downloadWhisperModel: guard((name: ModelName) => host.models.download(name), (a): [ModelName] => [modelName(a[0])]),
    cancelModelDownload: guard(async (name: ModelName) => host.models.cancel(name), (a): [ModelName] => [modelName(a[0])]),
    attachMedia: guard(attachMedia, (): [] => []),
    reopenMedia: guard(reopenMedia, (a): [string] => [absolutePath(a[0])]),
    saveFile: guard(saveFile, (a): [FileToSave, FileFilter[]] => [fileToSave(a[0]), fileFilters(a[1] ?? [])]),
    saveFiles: guard(saveFiles, (a): [FileToSave[]] => [filesToSave(a[0])]),
    openFile: guard(openFile, (a): [FileFilter[]] => [fileFilters(a[0] ?? [])]),
    attachMediaPath: guard(attachMediaPath, (a): [string] => [mediaPath(a[0])]),
    recentFiles: guard(async () => host.recent.list(), (): [] => []),
    userName: guard(async () => host.userName(), (): [] => []),
    allowServer: guard(async (address: string) => host.allowServer(serverOrigins(serverAddress(address))), (a): [string] => [serverText(a[0])]),
    openRecent: guard(openRecent, (a): [string] => [absolutePath(a[0])]),
  };
}

export function registerIpc(ipcMain: { handle(channel: string, listener: Handler): void }, host: IpcHost): void {
  const handlers = createHandlers(host);
  for (const method of Object.keys(handlers) as ApiMethod[]) ipcMain.handle(channelOf(method), handlers[method]);
}
