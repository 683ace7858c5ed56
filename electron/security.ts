/**
 * The desktop window's security settings, in one place so a test can read them: an
 * isolated, sandboxed renderer without Node, a strict Content-Security-Policy, and no
 * navigation, new windows, <webview> or permission grants, save one: the app's own page
 * may read USB transcription foot pedals (WebHID), and no other device. The app loads only
 * its own files and makes no network request.
 */
import { isPedal, type PedalDeviceId } from '../shared/pedals.ts';
import { APP_ORIGIN, appFilePath } from './app-scheme.ts';

export { CONTENT_SECURITY_POLICY } from './csp.ts';

export interface SecureWebPreferences {
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webviewTag: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  spellcheck: false;
  preload: string;
}

export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    spellcheck: false,
    preload,
  };
}

/** The parts of Electron's WebContents and Session that the hardening touches. */
export interface HardenableContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  session: {
    setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
    setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
    setDevicePermissionHandler(handler: (details: { deviceType: string; origin: string; device: object }) => boolean): void;
    on(event: 'select-hid-device', listener: (event: { preventDefault(): void }, details: { deviceList: (PedalDeviceId & { deviceId: string })[] }, callback: (deviceId?: string) => void) => void): unknown;
    webRequest: {
      onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void;
    };
  };
}

/**
 * Only the app's own files under `telaah://app/` (and in-memory data, attached media) may
 * load, and the team servers the user gave (`servers`, their origins); everything else,
 * `file://` included, is cancelled.
 */
export function isAllowedRequest(url: string, appRoot: string, servers: ReadonlySet<string> = new Set()): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('devtools:') || url.startsWith('telaah-media://media/')) return true;
  if (/^(https|wss|http|ws):/.test(url)) {
    const parsed = URL.parse(url);
    return parsed !== null && servers.has(`${parsed.protocol}//${parsed.host}`);
  }
  return appFilePath(url, appRoot) !== null;
}

/**
 * Links the system browser may open: plain https addresses, with no user name or password
 * in them. Only a link the user clicked reaches this (a new-window request); the app
 * never opens one by itself.
 */
export function isExternalLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Whether a frame shows the app's own page (any route of it), the only sender IPC answers. */
export function isAppPage(url: string | undefined, indexUrl: string): boolean {
  if (!url) return false;
  return url === indexUrl || url.startsWith(`${indexUrl}#`);
}

function isGrantedPedal(device: object): boolean {
  const { vendorId, productId } = device as Partial<Record<keyof PedalDeviceId, unknown>>;
  return typeof vendorId === 'number' && typeof productId === 'number' && isPedal({ vendorId, productId });
}

export function hardenContents(contents: HardenableContents, appRoot: string, openExternal: (url: string) => void = () => undefined, servers: ReadonlySet<string> = new Set()): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No window ever opens inside the app; an https link the user clicked goes to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // WebHID for the foot pedals: the app's page may ask, the chooser gives the first pedal
  // plugged in (never another device), and only pedals are granted.
  const fromApp = (origin: string) => origin === APP_ORIGIN || origin.startsWith(`${APP_ORIGIN}/`);
  contents.session.setPermissionCheckHandler((_contents, permission, origin) => permission === 'hid' && fromApp(origin));
  contents.session.setDevicePermissionHandler((details) => details.deviceType === 'hid' && fromApp(details.origin) && isGrantedPedal(details.device));
  contents.session.on('select-hid-device', (event, details, callback) => {
    event.preventDefault();
    callback(details.deviceList.find(isPedal)?.deviceId);
  });
  contents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, appRoot, servers) }));
}
