/**
 * Electron as the main process's tests meet it: a recording fake of the few APIs the main
 * process calls (the Electron binary cannot be downloaded where these tests run). Each
 * test file mocks 'electron' with `fakeElectron()` and reads what happened in `recorded`.
 */
export const recorded = ({
  windows: [] as { options: { webPreferences: Record<string, unknown> }; url?: string; contents: Record<string, unknown> }[],
  channels: [] as string[],
  sandboxed: false,
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  contentsEvents: new Map<string, (...args: unknown[]) => void>(),
  windowOpen: undefined as undefined | ((d: { url: string }) => unknown),
  permission: undefined as undefined | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
  ready: undefined as undefined | (() => void),
  schemes: [] as string[],
  handled: [] as string[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  external: [] as string[],
  windowEvents: new Map<string, (...args: unknown[]) => void>(),
  ipcListeners: new Map<string, Set<(...args: unknown[]) => void>>(),
  sent: [] as string[],
  messages: [] as unknown[][],
  closed: 0,
  userData: '',
  menus: [] as { label?: string; id?: string; enabled?: boolean; role?: string; click?: () => void; submenu?: unknown[] }[][],
  spellLanguages: [] as string[][],
  words: new Set<string>(),
  focused: 0,
  instanceLock: true,
  quit: 0,
});

export function fakeElectron() {
  class BrowserWindow {
    webContents = {
      on: (event: string, listener: (...args: unknown[]) => void) => recorded.contentsEvents.set(event, listener),
      setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => (recorded.windowOpen = handler),
      send: (channel: string, ...args: unknown[]) => void (recorded.sent.push(channel), recorded.messages.push([channel, ...args])),
      setZoomLevel: () => undefined,
      getZoomLevel: () => 0,
      session: {
        setPermissionRequestHandler: (h: typeof recorded.permission) => (recorded.permission = h),
        setPermissionCheckHandler: () => undefined,
        setDevicePermissionHandler: () => undefined,
        on: () => undefined,
        webRequest: { onBeforeRequest: () => undefined },
        availableSpellCheckerLanguages: ['en-US', 'id', 'ms'],
        setSpellCheckerLanguages: (languages: string[]) => void recorded.spellLanguages.push(languages),
        addWordToSpellCheckerDictionary: (word: string) => (recorded.words.add(word), true),
        removeWordFromSpellCheckerDictionary: (word: string) => recorded.words.delete(word),
      },
    };
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      recorded.windows.push({ options, contents: this.webContents });
    }
    once() {}
    on(event: string, listener: (...args: unknown[]) => void) {
      recorded.windowEvents.set(event, listener);
    }
    isDestroyed() {
      return false;
    }
    maximize() {}
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      recorded.focused++;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1200, height: 800 };
    }
    close() {
      recorded.closed++;
    }
    loadURL(url: string) {
      recorded.windows[recorded.windows.length - 1]!.url = url;
      return Promise.resolve();
    }
    static getAllWindows() {
      return recorded.windows;
    }
  }
  return {
    app: {
      enableSandbox: () => (recorded.sandboxed = true),
      on: (event: string, listener: (...args: unknown[]) => void) => recorded.appEvents.set(event, listener),
      whenReady: () => new Promise<void>((resolve) => (recorded.ready = resolve)),
      quit: () => void recorded.quit++,
      requestSingleInstanceLock: () => recorded.instanceLock,
      isReady: () => recorded.ready === undefined,
      getPath: () => recorded.userData,
      getAppPath: () => '/opt/Telaah/resources/app.asar',
      getVersion: () => '0.1.0',
      addRecentDocument: () => undefined,
      setAboutPanelOptions: () => undefined,
      showAboutPanel: () => undefined,
    },
    BrowserWindow,
    Menu: {
      setApplicationMenu: (menu: { template: (typeof recorded.menus)[number] }) => void recorded.menus.push(menu.template),
      buildFromTemplate: (template: unknown) => ({ template, popup: () => undefined }),
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: {},
    ipcMain: {
      handle: (channel: string) => recorded.channels.push(channel),
      on: (channel: string, listener: (...args: unknown[]) => void) => void (recorded.ipcListeners.get(channel) ?? recorded.ipcListeners.set(channel, new Set()).get(channel)!).add(listener),
      removeListener: (channel: string, listener: (...args: unknown[]) => void) => void recorded.ipcListeners.get(channel)?.delete(listener),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => recorded.schemes.push(...schemes.map((x) => x.scheme)),
      handle: (scheme: string, handler: (request: Request) => Promise<Response> | Response) => (recorded.handled.push(scheme), recorded.handlers.set(scheme, handler)),
    },
    net: { fetch: () => undefined },
    shell: { openExternal: (url: string) => void recorded.external.push(url) },
  };
}
