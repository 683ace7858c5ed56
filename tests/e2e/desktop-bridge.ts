/**
 * The renderer as the desktop app runs it: `window.api` present, answering as the preload
 * bridge does (shared/api.ts). Electron cannot run here, so the main process is played by
 * this script; what it answers follows electron/ipc.ts and electron/model-folder.ts, whose
 * own behaviour is tested in tests/unit/electron-*.test.ts. Attached media and downloaded
 * models are served from same-origin `/__desktop/` URLs, as `telaah-media://` serves them.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Api, ModelDownloadProblem, OpenedFile } from '../../shared/api.ts';
import type { MenuCommand, RecentFile, WindowState } from '../../shared/desktop.ts';

/** What the main process would see of the window, and its hands on the window's listeners. */
export interface DesktopRecord {
  states: WindowState[];
  menu: ((command: MenuCommand) => void) | null;
  addWord: ((word: string) => void) | null;
  openFile: ((file: OpenedFile) => void) | null;
}

declare global {
  interface Window {
    __desktop: DesktopRecord;
  }
}
import { fixturePath, Telaah } from './pages.ts';

export interface DesktopBridgeOptions {
  /** Served as the attached recording. */
  recording: Uint8Array;
  /** Served as every downloaded model file. */
  model: Uint8Array;
  /** Models already in the data folder. */
  installed?: string[];
  /** How the next downloads end, one per download; a success when none is left. */
  downloadOutcomes?: ModelDownloadProblem[];
  /** The recent project files the main process lists, and what reading each gives (null: gone). */
  recent?: { file: RecentFile; opened: OpenedFile | null }[];
}

export async function desktopBridge(page: Page, options: DesktopBridgeOptions): Promise<void> {
  await page.route('**/__desktop/recording.wav', (route) => route.fulfill({ body: Buffer.from(options.recording), contentType: 'audio/wav' }));
  await page.route('**/__desktop/models/*', (route) => route.fulfill({ body: Buffer.from(options.model), contentType: 'application/octet-stream' }));
  await page.addInitScript(
    ({ participants, installed, outcomes, modelBytes, recent }) => {
      const record: DesktopRecord = { states: [], menu: null, addWord: null, openFile: null };
      window.__desktop = record;
      const folder = '/home/peneliti/.config/Telaah/models';
      const shelf = new Set(installed);
      let progressListener: (p: unknown) => void = () => undefined;
      let cancelled = false;
      const api: Api = {
        saveFile: async () => ({ saved: false }),
        saveFiles: async () => ({ saved: false }),
        openFile: async () => ({ name: 'peserta.csv', content: participants }),
        attachMedia: async () => ({ name: 'fgd.wav', url: '/__desktop/recording.wav', path: '/home/peneliti/fgd.wav' }),
        reopenMedia: async () => '/__desktop/recording.wav',
        writeBackup: async (b) => ({ id: `${b.studyId}.json`, studyId: b.studyId, title: b.title, createdAt: new Date().toISOString(), bytes: b.content.length }),
        listBackups: async () => [],
        readBackup: async () => '',
        backupSettings: async () => ({ keepDays: 30, location: '/home/peneliti/.config/Telaah/backups', storage: 'disk' }),
        setBackupKeepDays: async (days) => ({ keepDays: days, location: '/home/peneliti/.config/Telaah/backups', storage: 'disk' }),
        whisperModels: async () => ({ folder, installed: [...shelf].map((name) => ({ name: name as never, url: `/__desktop/models/${name}` })) }),
        async downloadWhisperModel(name) {
          cancelled = false;
          // Ten steps of progress a fifth of a second apart, as a download reports them.
          for (let step = 1; step <= 10; step++) {
            await new Promise((r) => setTimeout(r, 200));
            if (cancelled) return { ok: false, problem: 'cancelled' };
            progressListener({ model: name, received: (modelBytes * step) / 10, total: modelBytes, secondsLeft: step > 1 ? (10 - step) * 0.2 : null });
          }
          const problem = outcomes.shift();
          if (problem) return { ok: false, problem, detail: problem === 'diskFull' ? folder : undefined };
          shelf.add(name);
          return { ok: true };
        },
        cancelModelDownload: async () => void (cancelled = true),
        onModelProgress: (listener) => void (progressListener = listener as (p: unknown) => void),
        onBeforeQuit: () => undefined,
        attachDroppedMedia: async (file) => ({ name: file.name, url: '/__desktop/recording.wav', path: `/home/peneliti/${file.name}` }),
        recentFiles: async () => recent.map((r) => r.file),
        userName: async () => 'peneliti',
        allowServer: async () => undefined,
        openRecent: async (path) => recent.find((r) => r.file.path === path)?.opened ?? null,
        setWindowState: (state) => void record.states.push(state),
        onMenuCommand: (listener) => void (record.menu = listener),
        onAddWord: (listener) => void (record.addWord = listener),
        onOpenFile: (listener) => void (record.openFile = listener),
      };
      window.api = api;
    },
    { participants: readFileSync(fixturePath('peserta.csv'), 'utf8'), installed: options.installed ?? [], outcomes: options.downloadOutcomes ?? [], modelBytes: options.model.length, recent: options.recent ?? [] },
  );
}

/** A new study with one session and the bridge's recording attached, as the desktop app attaches it. */
export async function startRecordedSession(page: Page, study: string): Promise<void> {
  const app = new Telaah(page);
  await app.open();
  await app.createStudy(study, 2024);
  await app.addSession('FGD Sukamaju');
  await page.getByRole('button', { name: 'Lampirkan rekaman…' }).click();
}

/** The window's last state as the main process has it. */
export const lastWindowState = (page: Page) => page.evaluate(() => window.__desktop.states.at(-1)!);

/** Chooses a menu item, as the main process sends it to the window. */
export const chooseMenu = (page: Page, command: MenuCommand) => page.evaluate((c) => window.__desktop.menu!(c), command);
