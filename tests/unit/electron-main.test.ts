/**
 * The main process wired together, with Electron replaced by a recording fake (the
 * Electron binary cannot be downloaded where these tests run): it must open one hardened
 * window on the built page, answer exactly the methods of the host API, and deny the rest.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
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
  closed: 0,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      on: (event: string, listener: (...args: unknown[]) => void) => recorded.contentsEvents.set(event, listener),
      setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => (recorded.windowOpen = handler),
      send: (channel: string) => void recorded.sent.push(channel),
      session: {
        setPermissionRequestHandler: (h: typeof recorded.permission) => (recorded.permission = h),
        setPermissionCheckHandler: () => undefined,
        webRequest: { onBeforeRequest: () => undefined },
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
      quit: () => undefined,
    },
    BrowserWindow,
    Menu: { setApplicationMenu: () => undefined },
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
});

beforeAll(async () => {
  await import('../../electron/main.ts');
  recorded.ready?.();
  await new Promise((settled) => setTimeout(settled, 0));
});

describe('the desktop main process', () => {
  it('turns on the sandbox for every renderer before any window opens', () => {
    expect(recorded.sandboxed).toBe(true);
  });

  it('opens one window, isolated and sandboxed, on the built page', () => {
    expect(recorded.windows).toHaveLength(1);
    const [window] = recorded.windows;
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String(window?.options.webPreferences.preload)).toMatch(/preload\.js$/);
    expect(window?.url).toBe('telaah://app/index.html');
  });

  it('answers exactly the methods of the host API', () => {
    expect(recorded.channels.sort()).toEqual([
      'telaah:attachMedia',
      'telaah:backupSettings',
      'telaah:cancelModelDownload',
      'telaah:downloadWhisperModel',
      'telaah:listBackups',
      'telaah:openFile',
      'telaah:readBackup',
      'telaah:reopenMedia',
      'telaah:saveFile',
      'telaah:saveFiles',
      'telaah:setBackupKeepDays',
      'telaah:whisperModels',
      'telaah:writeBackup',
    ]);
  });

  it('serves the page under its own privileged scheme and attached media under another', () => {
    expect(recorded.schemes).toEqual(['telaah', 'telaah-media']);
    expect(recorded.handled).toEqual(['telaah', 'telaah-media']);
  });

  it('answers a request for a file outside the built page, or for another host, with 404', async () => {
    const serve = recorded.handlers.get('telaah')!;
    for (const url of ['telaah://app/../package.json', 'telaah://app/%2e%2e/package.json', 'telaah://app/..%2fpackage.json', 'telaah://other/index.html', 'telaah://app/tidak-ada.js']) {
      expect((await serve(new Request(url))).status, url).toBe(404);
    }
  });

  it('denies navigation, new windows and permissions in its window', () => {
    const preventDefault = vi.fn();
    recorded.contentsEvents.get('will-navigate')?.({ preventDefault }, 'https://example.org');
    expect(preventDefault).toHaveBeenCalled();
    expect(recorded.windowOpen?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(recorded.windowOpen?.({ url: 'http://example.org' })).toEqual({ action: 'deny' });
    // A clicked https link goes to the system browser; nothing else does.
    expect(recorded.external).toEqual(['https://example.org']);
    const granted = vi.fn();
    recorded.permission?.(null, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('also refuses webviews and new windows in any web contents created later', () => {
    const created = recorded.appEvents.get('web-contents-created');
    const events = new Map<string, (e: { preventDefault(): void }) => void>();
    let handler: ((d: { url: string }) => unknown) | undefined;
    created?.({}, { on: (e: string, l: (e: { preventDefault(): void }) => void) => events.set(e, l), setWindowOpenHandler: (h: typeof handler) => (handler = h) });
    const preventDefault = vi.fn();
    events.get('will-attach-webview')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(handler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('closes the window after its last backup only when the window itself says the backup is done', () => {
    const window = recorded.windows[0]!;
    const preventDefault = vi.fn();
    recorded.windowEvents.get('close')?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(recorded.sent).toContain('telaah:before-quit');
    const done = () => [...(recorded.ipcListeners.get('telaah:before-quit-done') ?? [])];
    // Another page, or another web contents, cannot close it.
    for (const listener of done()) listener({ sender: window.contents, senderFrame: { url: 'https://example.org/' } });
    for (const listener of done()) listener({ sender: {}, senderFrame: { url: window.url } });
    expect(recorded.closed).toBe(0);
    for (const listener of done()) listener({ sender: window.contents, senderFrame: { url: window.url } });
    expect(recorded.closed).toBe(1);
    expect(done()).toHaveLength(0);
  });
});
