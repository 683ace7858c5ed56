import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type IpcEvent, type IpcHost } from '../../electron/ipc.ts';
import { serverAddress, serverOrigins } from '../../shared/collab/server-address.ts';
import { CONTENT_SECURITY_POLICY, hardenContents, isAllowedRequest, isAppPage, secureWebPreferences, type HardenableContents } from '../../electron/security.ts';
import { isPlainFileName } from '../../electron/validate.ts';
import { RecentFiles } from '../../electron/recent-files.ts';

describe('the desktop window', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    expect(secureWebPreferences('/app/preload.js')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('has a strict Content-Security-Policy: own scripts only, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    // WebAssembly may be compiled; inline scripts and eval may not.
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'[^;]*;.*script-src|script-src[^;]*'unsafe-(inline|eval)'/);
    // The network only to team servers: over TLS, or on this computer; never scripts, styles or images from it.
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src 'self' blob: telaah-media: https: wss: http:\/\/localhost:\* ws:\/\/localhost:\* http:\/\/127\.0\.0\.1:\* ws:\/\/127\.0\.0\.1:\*;/);
    expect(CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('connect-src')).join('; ')).not.toMatch(/https?:|wss?:/);
  });

  function fakeContents() {
    const listeners = new Map<string, (...args: never[]) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    let permission: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: ((c: unknown, permission: string, origin: string) => boolean) | undefined;
    let device: ((d: { deviceType: string; origin: string; device: { vendorId?: number; productId?: number } }) => boolean) | undefined;
    let request: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const contents = {
      on: (event: string, listener: (...args: never[]) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      session: {
        setPermissionRequestHandler: (h: typeof permission) => (permission = h),
        setPermissionCheckHandler: (h: typeof check) => (check = h),
        setDevicePermissionHandler: (h: typeof device) => (device = h),
        on: (event: string, listener: (...args: never[]) => void) => listeners.set(`session:${event}`, listener),
        webRequest: { onBeforeRequest: (h: typeof request) => (request = h) },
      },
    } as unknown as HardenableContents;
    const opened: string[] = [];
    hardenContents(contents, '/opt/telaah/dist', (url) => void opened.push(url));
    return { listeners, opened, openHandler: () => openHandler, permission: () => permission, check: () => check, device: () => device, request: () => request };
  }

  it('denies navigation, redirects, webviews and new windows', () => {
    const c = fakeContents();
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      (c.listeners.get(event) as (e: { preventDefault(): void }, url: string) => void)({ preventDefault }, 'https://example.org');
      expect(preventDefault).toHaveBeenCalled();
    }
    expect(c.openHandler()?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });

  it('hands only https links the user clicked to the system browser, never opening a window', () => {
    const c = fakeContents();
    for (const url of ['https://kemensos.go.id/pkh', 'http://example.org', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org', 'telaah-media://media/x', 'https://localhost', 'bukan url']) {
      expect(c.openHandler()?.({ url })).toEqual({ action: 'deny' });
    }
    expect(c.opened).toEqual(['https://kemensos.go.id/pkh']);
  });

  it('refuses every permission request, and every permission check but the app page’s for USB pedals', () => {
    const c = fakeContents();
    const callback = vi.fn();
    c.permission()?.(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'serial', 'usb', 'clipboard-read']) expect(c.check()?.(null, permission, 'telaah://app')).toBe(false);
    expect(c.check()?.(null, 'hid', 'telaah://app')).toBe(true);
    expect(c.check()?.(null, 'hid', 'https://example.org')).toBe(false);
  });

  it('grants the app page transcription pedals and no other USB device, and its chooser picks a pedal only', () => {
    const c = fakeContents();
    const grant = (device: { vendorId?: number; productId?: number }, deviceType = 'hid', origin = 'telaah://app') => c.device()?.({ deviceType, origin, device });
    expect(grant({ vendorId: 0x05f3, productId: 0x00ff })).toBe(true);
    expect(grant({ vendorId: 0x07b4, productId: 0x0218 })).toBe(true);
    expect(grant({ vendorId: 0x05f3, productId: 0x0261 })).toBe(false);
    expect(grant({ vendorId: 0x046d, productId: 0xc52b })).toBe(false);
    expect(grant({})).toBe(false);
    expect(grant({ vendorId: 0x05f3, productId: 0x00ff }, 'usb')).toBe(false);
    expect(grant({ vendorId: 0x05f3, productId: 0x00ff }, 'hid', 'https://example.org')).toBe(false);
    const select = c.listeners.get('session:select-hid-device') as (e: { preventDefault(): void }, d: { deviceList: { deviceId: string; vendorId: number; productId: number }[] }, cb: (id?: string) => void) => void;
    const chosen = vi.fn();
    const preventDefault = vi.fn();
    select({ preventDefault }, { deviceList: [{ deviceId: 'kbd', vendorId: 0x046d, productId: 0xc31c }, { deviceId: 'pedal', vendorId: 0x05f3, productId: 0x00ff }] }, chosen);
    expect(preventDefault).toHaveBeenCalled();
    expect(chosen).toHaveBeenCalledWith('pedal');
    select({ preventDefault }, { deviceList: [{ deviceId: 'kbd', vendorId: 0x046d, productId: 0xc31c }] }, chosen);
    expect(chosen).toHaveBeenLastCalledWith(undefined);
  });

  it('cancels every request that is not one of its own files', () => {
    const c = fakeContents();
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      c.request()?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.org/tracker.js')).toBe(true);
    expect(decide('http://localhost:1234/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    // The page comes from its own scheme; not even its own files load from file://.
    expect(decide('file:///opt/telaah/dist/index.html')).toBe(true);
    expect(decide('telaah://app/index.html')).toBe(false);
    expect(decide('telaah://app/assets/index-abc.js')).toBe(false);
    expect(decide('telaah://app/..%2f..%2fsecret')).toBe(true);
    expect(decide('telaah://elsewhere/index.html')).toBe(true);
    expect(isAllowedRequest('data:,', '/x')).toBe(true);
    // A team server the user gave is reached at its API and WebSocket origins, nothing else of the network.
    const servers = new Set(serverOrigins(serverAddress('https://tim.kampus.ac.id:8443')));
    expect(isAllowedRequest('https://tim.kampus.ac.id:8443/api/studies/x/members', '/x', servers)).toBe(true);
    expect(isAllowedRequest('wss://tim.kampus.ac.id:8443/', '/x', servers)).toBe(true);
    expect(isAllowedRequest('https://tim.kampus.ac.id/api', '/x', servers)).toBe(false);
    expect(isAllowedRequest('https://evil.example/', '/x', servers)).toBe(false);
    expect(isAllowedRequest('http://tim.kampus.ac.id:8443/', '/x', servers)).toBe(false);
  });
});

describe('the IPC sender check', () => {
  const index = 'telaah://app/index.html';
  it('trusts the app page on any of its routes and nothing else', () => {
    expect(isAppPage(index, index)).toBe(true);
    expect(isAppPage(`${index}#/study/abc/matrix`, index)).toBe(true);
    expect(isAppPage('telaah://app/index.html.evil', index)).toBe(false);
    expect(isAppPage('file:///opt/telaah/dist/index.html', index)).toBe(false);
    expect(isAppPage('https://example.org/', index)).toBe(false);
    expect(isAppPage(undefined, index)).toBe(false);
  });
});

describe('the built main process', () => {
  it('compiles, and its sandboxed preload loads nothing but electron', () => {
    const out = mkdtempSync(join(tmpdir(), 'telaah-electron-'));
    execFileSync('npx', ['tsc', '-p', 'electron/tsconfig.json', '--outDir', out], { cwd: fileURLToPath(new URL('../../', import.meta.url)) });
    const preload = readFileSync(join(out, 'electron', 'preload.js'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(readFileSync(join(out, 'electron', 'main.js'), 'utf8')).toContain('hardenContents');
  }, 60_000);
});

describe('the IPC handlers', () => {
  const trusted: IpcEvent = { senderFrame: { url: 'telaah://app/index.html' } };
  const stranger: IpcEvent = { senderFrame: { url: 'https://evil.example/' } };

  const allowed = new Set<string>();

  function host(overrides: Partial<IpcHost> = {}) {
    const written = new Map<string, string>();
    const downloads: string[] = [];
    const recent = new RecentFiles({ load: () => [], save: () => undefined, addToSystem: () => undefined, baseName: (p) => p.split('/').pop()!, now: () => '2026-11-30T10:00:00.000Z' });
    const h: IpcHost = {
      isTrustedSender: (e) => e.senderFrame?.url === trusted.senderFrame?.url,
      chooseSavePath: async (name) => `/home/peneliti/${name}`,
      chooseFolder: async () => '/home/peneliti/tabel',
      chooseOpenPath: async () => '/home/peneliti/peserta.csv',
      writeAtomically: async (path, content) => void written.set(path, typeof content === 'string' ? content : `bytes:${content.length}`),
      readFile: async () => new TextEncoder().encode('label,assistant_type\n'),
      joinPath: (a, b) => `${a}/${b}`,
      baseName: (p) => p.split('/').pop() ?? p,
      allowMedia: (p) => `telaah-media://media/token-for-${p.length}`,
      reopenMedia: (p) => (p === '/home/peneliti/rekaman.m4a' ? 'telaah-media://media/abc' : null),
      userName: () => 'peneliti',
      allowServer: (origins) => origins.forEach((o) => allowed.add(o)),
      recent,
      backups: {
        write: async () => {
          throw new Error('no backups here');
        },
        list: async () => [],
        read: async () => '',
        settings: () => ({ keepDays: 7, location: '/home/peneliti/.config/Telaah/backups', storage: 'disk' }),
        setKeepDays: () => ({ keepDays: 7, location: '/home/peneliti/.config/Telaah/backups', storage: 'disk' }),
      },
      models: {
        shelf: async () => ({ folder: '/home/peneliti/.config/Telaah/models', installed: [] }),
        download: async (name) => {
          downloads.push(name);
          return { ok: true };
        },
        cancel: (name) => void downloads.push(`cancel ${name}`),
      },
      ...overrides,
    };
    return { handlers: createHandlers(h), written, downloads, recent };
  }

  it('downloads and cancels only the listed Whisper models, for the app window only', async () => {
    const { handlers, downloads } = host();
    expect(await handlers.downloadWhisperModel(trusted, 'small')).toEqual({ ok: true });
    await handlers.cancelModelDownload(trusted, 'small');
    for (const name of ['../../../etc/passwd', 'ggml-small.bin', 'small.en', 42, undefined]) {
      await expect(handlers.downloadWhisperModel(trusted, name), String(name)).rejects.toThrow('listed Whisper model');
    }
    await expect(handlers.downloadWhisperModel(stranger, 'small')).rejects.toThrow('unknown sender');
    await expect(handlers.whisperModels(stranger)).rejects.toThrow('unknown sender');
    expect(downloads).toEqual(['small', 'cancel small']);
  });

  it('refuses a message from a sender that is not the app window', async () => {
    const { handlers, written } = host();
    await expect(handlers.saveFile(stranger, { name: 'a.csv', content: 'x' }, [])).rejects.toThrow('unknown sender');
    await expect(handlers.openFile({ senderFrame: null }, [])).rejects.toThrow('unknown sender');
    expect(written.size).toBe(0);
  });

  it('writes a file where the user chose and several files into a chosen folder', async () => {
    const { handlers, written } = host();
    expect(await handlers.saveFile(trusted, { name: 'studi.telaah.json', content: '{}' }, [{ name: 'Telaah', extensions: ['json'] }])).toEqual({ saved: true, location: '/home/peneliti/studi.telaah.json' });
    await handlers.saveFiles(trusted, [{ name: 'tabel-1.csv', content: '1' }, { name: 'tabel-2.csv', content: '2' }]);
    expect([...written.keys()]).toEqual(['/home/peneliti/studi.telaah.json', '/home/peneliti/tabel/tabel-1.csv', '/home/peneliti/tabel/tabel-2.csv']);
  });

  it('writes bytes as they are, for Word documents', async () => {
    const { handlers, written } = host();
    await handlers.saveFile(trusted, { name: 'FGD 1.docx', content: new Uint8Array([80, 75, 3, 4]) }, []);
    expect(written.get('/home/peneliti/FGD 1.docx')).toBe('bytes:4');
  });

  it('writes nothing when the user cancels', async () => {
    const { handlers, written } = host({ chooseSavePath: async () => null, chooseOpenPath: async () => null });
    expect(await handlers.saveFile(trusted, { name: 'a.csv', content: 'x' }, [])).toEqual({ saved: false });
    expect(await handlers.openFile(trusted, [])).toBeNull();
    expect(written.size).toBe(0);
  });

  it('returns the chosen file with its name', async () => {
    const { handlers } = host();
    expect(await handlers.openFile(trusted, [{ name: 'CSV', extensions: ['csv'] }])).toMatchObject({ name: 'peserta.csv', content: 'label,assistant_type\n' });
  });

  it.each([
    ['a path instead of a file name', { name: '../../.bashrc', content: 'x' }],
    ['a folder in the name', { name: 'sub/a.csv', content: 'x' }],
    ['content that is neither text nor bytes', { name: 'a.csv', content: 42 }],
    ['no object at all', 'a.csv'],
  ])('rejects %s', async (_, file) => {
    const { handlers, written } = host();
    await expect(handlers.saveFile(trusted, file, [])).rejects.toThrow();
    await expect(handlers.saveFiles(trusted, [file])).rejects.toThrow();
    expect(written.size).toBe(0);
  });

  it('rejects malformed filters and duplicate names', async () => {
    const { handlers } = host();
    await expect(handlers.openFile(trusted, [{ name: 'x', extensions: ['c/sv'] }])).rejects.toThrow('extensions');
    await expect(handlers.saveFiles(trusted, [{ name: 'a.csv', content: '' }, { name: 'a.csv', content: '' }])).rejects.toThrow('differ');
    await expect(handlers.saveFiles(trusted, [])).rejects.toThrow();
  });

  it('attaches a media file the user picks and reopens only known absolute paths', async () => {
    const { handlers } = host({ chooseOpenPath: async () => '/home/peneliti/rekaman.m4a' });
    expect(await handlers.attachMedia(trusted)).toEqual({ name: 'rekaman.m4a', url: 'telaah-media://media/token-for-26', path: '/home/peneliti/rekaman.m4a' });
    expect(await handlers.reopenMedia(trusted, '/home/peneliti/rekaman.m4a')).toBe('telaah-media://media/abc');
    expect(await handlers.reopenMedia(trusted, '/etc/passwd')).toBeNull();
    await expect(handlers.reopenMedia(trusted, '../rekaman.m4a')).rejects.toThrow('absolute');
    await expect(handlers.reopenMedia(trusted, 42)).rejects.toThrow();
    await expect(handlers.attachMedia(stranger)).rejects.toThrow('unknown sender');
  });

  it('attaches a dropped recording by the path its preload found, and nothing that is not a recording', async () => {
    const { handlers } = host();
    expect(await handlers.attachMediaPath(trusted, '/home/peneliti/FGD Garut.mp3')).toEqual({ name: 'FGD Garut.mp3', url: 'telaah-media://media/token-for-28', path: '/home/peneliti/FGD Garut.mp3' });
    for (const path of ['/home/peneliti/.ssh/id_rsa', '/etc/passwd', 'rekaman.mp3', '/home/peneliti/studi.telaah.json', 42]) {
      await expect(handlers.attachMediaPath(trusted, path), String(path)).rejects.toThrow();
    }
    await expect(handlers.attachMediaPath(stranger, '/home/peneliti/FGD Garut.mp3')).rejects.toThrow('unknown sender');
  });

  it('keeps the project files opened or saved as recent, and reads again only those', async () => {
    const { handlers, recent } = host({
      chooseOpenPath: async () => '/home/peneliti/Studi Garut.telaah.json',
      readFile: async (path) => {
        if (path.includes('hilang')) throw new Error('ENOENT');
        return new TextEncoder().encode('{}');
      },
    });
    await handlers.openFile(trusted, []);
    await handlers.saveFile(trusted, { name: 'Studi Bekasi.qdpx', content: 'x' }, []);
    await handlers.saveFile(trusted, { name: 'tabel-1.csv', content: 'x' }, []);
    expect(((await handlers.recentFiles(trusted)) as { name: string }[]).map((r) => r.name)).toEqual(['Studi Bekasi.qdpx', 'Studi Garut.telaah.json']);
    expect(await handlers.openRecent(trusted, '/home/peneliti/Studi Garut.telaah.json')).toMatchObject({ name: 'Studi Garut.telaah.json', content: '{}' });
    expect(recent.list()[0]!.name).toBe('Studi Garut.telaah.json');
    // A path the app never opened is not read, whatever the page asks.
    expect(await handlers.openRecent(trusted, '/home/peneliti/.ssh/id_rsa')).toBeNull();
    // A recent file that has gone leaves the list.
    recent.remember('/home/peneliti/hilang.telaah.json');
    expect(await handlers.openRecent(trusted, '/home/peneliti/hilang.telaah.json')).toBeNull();
    expect(recent.list().map((r) => r.name)).toEqual(['Studi Garut.telaah.json', 'Studi Bekasi.qdpx']);
    await expect(handlers.recentFiles(stranger)).rejects.toThrow('unknown sender');
    // The computer's user name, offered as the coder's name, only to the app's own page.
    expect(await handlers.userName(trusted)).toBe('peneliti');
    await expect(handlers.userName(stranger)).rejects.toThrow('unknown sender');
    // A team server is let through only over TLS (or on this computer), and only by the app's page.
    await handlers.allowServer(trusted, 'https://tim.kampus.ac.id');
    expect([...allowed]).toEqual(['https://tim.kampus.ac.id', 'wss://tim.kampus.ac.id']);
    await expect(handlers.allowServer(trusted, 'http://192.168.1.5:8750')).rejects.toThrow(/https/);
    await expect(handlers.allowServer(stranger, 'https://evil.example')).rejects.toThrow('unknown sender');
  });

  it('accepts only plain file names', () => {
    expect(isPlainFileName('tabel-1.csv')).toBe(true);
    expect(isPlainFileName('..')).toBe(false);
    expect(isPlainFileName('C:evil')).toBe(false);
    // Names a system keeps, hides or trims.
    for (const name of ['CON', 'con.txt', 'LPT1.docx', 'FGD\n1.txt', 'FGD\u202Etxt.exe', 'FGD 1.', 'FGD 1 ']) expect(isPlainFileName(name), JSON.stringify(name)).toBe(false);
    expect(isPlainFileName('FGD Sukamaju 12-03.txt')).toBe(true);
  });
});
