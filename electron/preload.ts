/**
 * The preload script: exposes exactly the methods of shared/api.ts as `window.api`, each
 * forwarding to its IPC channel. It imports only types, because a sandboxed preload
 * cannot load other local files; the channel names follow `channelOf` in shared/api.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Api, ApiMethod } from '../shared/api.ts';

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
} satisfies Api;

contextBridge.exposeInMainWorld('api', api);
