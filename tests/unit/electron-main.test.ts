/**
 * The main process wired together, with Electron replaced by a recording fake (the
 * Electron binary cannot be downloaded where these tests run): it must open one hardened
 * window on the built page, answer exactly the methods of the host API, and deny the rest.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { recorded } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).fakeElectron());

beforeAll(async () => {
  recorded.userData = mkdtempSync(join(tmpdir(), 'telaah-main-'));
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
      'telaah:allowServer',
      'telaah:attachMedia',
      'telaah:attachMediaPath',
      'telaah:backupSettings',
      'telaah:cancelModelDownload',
      'telaah:downloadWhisperModel',
      'telaah:listBackups',
      'telaah:openFile',
      'telaah:openRecent',
      'telaah:readBackup',
      'telaah:recentFiles',
      'telaah:reopenMedia',
      'telaah:saveFile',
      'telaah:saveFiles',
      'telaah:setBackupKeepDays',
      'telaah:userName',
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

  const menuItem = (id: string) => {
    const find = (items: (typeof recorded.menus)[number]): (typeof recorded.menus)[number][number] | undefined =>
      items.flatMap((item) => [item, ...(item.submenu ? [find(item.submenu as (typeof recorded.menus)[number])] : [])]).find((item) => item?.id === id);
    return find(recorded.menus.at(-1)!);
  };
  const fromPage = () => ({ sender: recorded.windows[0]!.contents, senderFrame: { url: recorded.windows[0]!.url } });
  const sendState = (state: unknown, event = fromPage()) => [...(recorded.ipcListeners.get('telaah:window-state') ?? [])].forEach((l) => l(event, state));
  const state = (lang: string, available: string[], words: string[] = []) => ({ lang, available, context: { segmentId: null, codable: false }, spelling: { lang, words } });

  it('has an application menu from the start, in Indonesian, and rebuilds it in the language and for the commands the page reports', () => {
    expect(menuItem('file')?.label).toBe('Berkas');
    expect(menuItem('saveProject')?.enabled).toBe(false);
    sendState(state('en', ['saveProject', 'exportTables'], ['KPM', 'Sukamaju']));
    expect(menuItem('file')?.label).toBe('File');
    expect(menuItem('saveProject')?.enabled).toBe(true);
    expect(menuItem('importTranscript')?.enabled).toBe(false);
    menuItem('saveProject')!.click!();
    expect(recorded.messages.at(-1)).toEqual(['telaah:menu-command', 'saveProject']);
  });

  it('sets the spell checker to the study’s language and words, and ignores a state from another page', () => {
    sendState(state('id', [], ['KPM', 'e-Warong']));
    expect(recorded.spellLanguages.at(-1)).toEqual(['id']);
    expect([...recorded.words].sort()).toEqual(['KPM', 'e-Warong']);
    sendState(state('en', [], ['PKH']), { sender: {}, senderFrame: { url: 'https://example.org/' } } as never);
    expect(menuItem('file')?.label).toBe('Berkas');
    expect([...recorded.words].sort()).toEqual(['KPM', 'e-Warong']);
    // A state that does not check out changes nothing either.
    sendState({ lang: 'fr', available: ['rm -rf'], context: {}, spelling: { lang: 'fr', words: [] } });
    expect(menuItem('file')?.label).toBe('Berkas');
  });

  it('a second launch with a project file focuses this window and hands the file to its page, and a launch with none only focuses', async () => {
    const file = join(recorded.userData, 'Studi Garut.telaah.json');
    writeFileSync(file, '{"format":"telaah-project"}');
    const focused = recorded.focused;
    recorded.appEvents.get('second-instance')!({}, ['/opt/Telaah/telaah', '--flag', file, '/home/x/catatan.txt']);
    await vi.waitFor(() => expect(recorded.messages.some(([channel]) => channel === 'telaah:open-file')).toBe(true));
    const [, opened] = recorded.messages.find(([channel]) => channel === 'telaah:open-file')!;
    expect(opened).toMatchObject({ name: 'Studi Garut.telaah.json', content: '{"format":"telaah-project"}' });
    expect(recorded.focused).toBeGreaterThan(focused);
    // It is on the File menu's recent list now.
    expect((menuItem('openRecent')!.submenu as { label: string }[]).map((r) => r.label)).toEqual(['Studi Garut.telaah.json']);
    const sent = recorded.messages.length;
    recorded.appEvents.get('second-instance')!({}, ['/opt/Telaah/telaah']);
    expect(recorded.messages.length).toBe(sent);
  });
});

