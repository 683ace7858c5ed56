/**
 * Page objects for the end-to-end tests: what a researcher does on each screen, in the
 * words of the domain. They drive the UI only as a user would (clicks, typing, the file
 * chooser, mouse selection); nothing reaches into the app's state.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeProjectFile } from '../../shared/formats/project-file.ts';
import type { Project } from '../../shared/model.ts';

export const fixturePath = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export class Telaah {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Studi baru' })).toBeVisible();
  }

  /** Opens a study built in the test as its project file, and goes to it. */
  async openStudy(project: Project) {
    const file = join(mkdtempSync(join(tmpdir(), 'telaah-study-')), 'studi.telaah.json');
    writeFileSync(file, writeProjectFile(project));
    await this.open();
    await this.chooseFile(this.page.getByRole('button', { name: 'Buka file proyek…' }), file);
    await this.page.getByRole('link', { name: project.study.title }).click();
  }

  async createStudy(title: string, year: number) {
    await this.page.getByLabel('Judul studi').fill(title);
    await this.page.getByLabel('Tahun').fill(String(year));
    await this.page.getByRole('button', { name: 'Buat studi' }).click();
    await expect(this.page.getByRole('tab', { name: 'Sesi FGD' })).toHaveAttribute('aria-selected', 'true');
  }

  tab(name: string) {
    return this.page.getByRole('tab', { name });
  }

  /** Clicks a button that opens a file dialog and answers it with `path`. */
  async chooseFile(button: Locator, path: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await button.click();
    await (await chooser).setFiles(path);
  }

  /**
   * Drops files from disk on the window, as a file manager does: the drag enters, moves
   * over the page and drops, carrying the files (over `on`, or the page's body).
   */
  async dropFiles(paths: string[], on?: Locator) {
    const files = paths.map((path) => ({ name: path.split('/').pop()!, base64: readFileSync(path).toString('base64') }));
    const target = on ? await on.elementHandle() : await this.page.$('body');
    await this.page.evaluate(
      ({ files, target }) => {
        const data = new DataTransfer();
        for (const f of files) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
        for (const type of ['dragenter', 'dragover', 'drop']) target!.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      { files, target },
    );
  }

  /** Chooses which CSV this device writes ("Jenis CSV", beside every CSV button; the same choice everywhere). */
  async chooseCsvKind(kind: 'standard' | 'excel') {
    await this.page.getByLabel('Jenis CSV').first().selectOption(kind);
  }

  /** Clicks a button that saves files and returns each download's name and text. */
  async download(button: Locator, count: number): Promise<Map<string, string>> {
    const downloads: Download[] = [];
    const collect = (d: Download) => void downloads.push(d);
    this.page.on('download', collect);
    await button.click();
    await expect.poll(() => downloads.length).toBe(count);
    this.page.off('download', collect);
    const files = new Map<string, string>();
    for (const d of downloads) files.set(d.suggestedFilename(), readFileSync(await d.path(), 'utf8'));
    return files;
  }

  /** Clicks a button that saves one binary file and returns its bytes. */
  async downloadBytes(button: Locator, name: string): Promise<Uint8Array> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const d = await download;
    expect(d.suggestedFilename()).toBe(name);
    return new Uint8Array(readFileSync(await d.path()));
  }

  /** Saves the study `title` as a project file ("Simpan file proyek"), as a user keeps it on disk; returns its path. */
  async saveProjectFile(title: string): Promise<string> {
    await this.page.getByRole('link', { name: title }).click();
    await this.tab('Ekspor tabel').click();
    const [[name, content]] = [...(await this.download(this.page.getByRole('button', { name: 'Simpan file proyek' }), 1)).entries()] as [[string, string]];
    const file = join(mkdtempSync(join(tmpdir(), 'telaah-proyek-')), name);
    writeFileSync(file, content);
    return file;
  }

  async importParticipants(file: string) {
    await this.tab('Peserta').click();
    await this.chooseFile(this.page.getByRole('button', { name: 'Impor CSV peserta…' }), file);
  }

  /** A new study with the sample participants and one empty session, ready to transcribe. */
  async startStudy(title: string, year: number, session: string) {
    await this.open();
    await this.createStudy(title, year);
    await this.importParticipants(fixturePath('peserta.csv'));
    await this.addSession(session);
  }

  /** Imports a codebook file on the study's "Buku kode" tab; returns the import's report. */
  async importCodebook(file: string): Promise<Locator> {
    await this.tab('Buku kode').click();
    await this.chooseFile(this.page.getByRole('button', { name: 'Impor buku kode…' }), file);
    const report = this.page.getByRole('status');
    await expect(report).toContainText('buku kode diimpor');
    return report;
  }

  async addSession(title: string) {
    await this.tab('Sesi FGD').click();
    await this.page.getByLabel('Nama sesi').fill(title);
    await this.page.getByRole('button', { name: 'Tambah sesi' }).click();
    await expect(this.page.getByText('Data sesi')).toBeVisible();
  }
}

export class SessionScreen {
  constructor(readonly page: Page) {}

  get transcript() {
    return this.page.getByTestId('transcript');
  }

  /** Opens a transcript file; its speaker-mapping step appears (or an error, if the file is broken). */
  async openTranscript(app: Telaah, file: string) {
    await app.chooseFile(this.page.getByRole('button', { name: 'Impor transkrip…' }), file);
  }

  /**
   * Imports a transcript through the speaker-mapping step: `speakers` maps a label in the
   * file to a participant option (e.g. "Pak Dedi (TKSK)") or to `{ merge: label }`.
   */
  async importTranscript(app: Telaah, file: string, speakers: Record<string, string | { merge: string }> = {}) {
    await this.openTranscript(app, file);
    const dialog = this.page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    for (const [label, target] of Object.entries(speakers)) {
      const select = dialog.getByLabel(`Peserta untuk ${label}`);
      if (typeof target === 'string') await select.selectOption({ label: target });
      else await select.selectOption({ label: target.merge });
    }
    await dialog.getByRole('button', { name: /^Impor \d+ giliran$/ }).click();
    await expect(dialog).toBeHidden();
  }

  /** The turn of `speaker` whose text contains `words`, scrolled into view. */
  async turn(speaker: string, words: string): Promise<Locator> {
    const turn = this.page.locator(`.turn[data-speaker="${speaker}"]`).filter({ hasText: words });
    for (let i = 0; i < 40 && (await turn.count()) === 0; i++) await this.transcript.evaluate((el) => el.scrollBy(0, 400));
    await turn.scrollIntoViewIfNeeded();
    return turn;
  }

  /** Where `text` starts and ends on screen inside a turn, once the list has stopped moving. */
  async textBox(turn: Locator, text: string) {
    return turn.locator('.turn-text').evaluate(async (root, wanted) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const measure = () => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const at = nodes.map((n) => n.data).join('').indexOf(wanted);
        if (at < 0) throw new Error(`"${wanted}" not in turn`);
        const locate = (offset: number) => {
          let rest = offset;
          for (const node of nodes) {
            if (rest <= node.data.length) return { node, offset: rest };
            rest -= node.data.length;
          }
          throw new Error('offset outside turn');
        };
        const charRect = (offset: number, last: boolean) => {
          const range = document.createRange();
          const a = locate(offset);
          const b = locate(offset + 1);
          range.setStart(a.node, a.offset);
          range.setEnd(b.node, b.offset);
          const rects = range.getClientRects();
          return last ? rects[rects.length - 1]! : rects[0]!;
        };
        const first = charRect(at, false);
        const last = charRect(at + wanted.length - 1, true);
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      };
      let box = measure();
      for (let i = 0; i < 20; i++) {
        await frame();
        const again = measure();
        if (JSON.stringify(again) === JSON.stringify(box)) break;
        box = again;
      }
      return box;
    }, text);
  }

  /** Selects `text` inside a turn by dragging the mouse over it, as a coder would. */
  async selectText(turn: Locator, text: string) {
    const selected = this.page.getByLabel('Teks terpilih');
    // Like a coder whose drag landed a line off while the list was still settling, try again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const box = await this.textBox(turn, text);
      await this.page.mouse.move(box.x1, box.y1);
      await this.page.mouse.down();
      await this.page.mouse.move(box.x2, box.y2, { steps: 8 });
      await this.page.mouse.up();
      if ((await selected.count()) > 0 && (await selected.textContent()) === text) return;
      await this.page.waitForTimeout(200);
    }
    await expect(selected).toHaveText(text);
  }

  /** Clicks just before `text` in a turn, leaving the caret there for keyboard selection. */
  async placeCaretBefore(turn: Locator, text: string) {
    const box = await this.textBox(turn, text);
    await this.page.mouse.click(box.x1, box.y1);
  }

  async applyCodeWithMouse(code: string) {
    await this.page.locator('.coding-panel .code-grid').getByRole('button', { name: new RegExp(`^${code.replace(/\./g, '\\.')} `) }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `Kode ${code} diterapkan.` })).toBeVisible();
  }

  async applyCodeByTyping(query: string, code: string) {
    await this.page.getByLabel('Cari kode atau kata…').fill(query);
    await this.page.getByLabel('Cari kode atau kata…').press('Enter');
    await expect(this.page.getByRole('status').filter({ hasText: `Kode ${code} diterapkan.` })).toBeVisible();
  }

  segment(text: string): Locator {
    return this.page.locator('.segment').filter({ hasText: text.slice(0, 40) });
  }

  /**
   * The open session's turns exactly as stored in the browser's database, in order: what
   * a transcriber typed is compared with this character by character.
   */
  async storedTexts(): Promise<string[]> {
    return storedTexts(this.page);
  }

  async waitUntilSaved() {
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
    await expect(this.page.getByTestId('save-status')).toHaveText('Tersimpan');
  }
}

/**
 * The rows the app stored in one object store of its IndexedDB database, read in the page
 * as the app left them; `session` narrows turns to one session, in their order.
 */
export async function storedRows<T>(page: Page, store: 'turns' | 'participants' | 'segments' | 'sessions' | 'studies', session?: string): Promise<T[]> {
  return page.evaluate(
    ({ store, session }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('telaah');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const objects = open.result.transaction(store).objectStore(store);
          const request = session === undefined ? objects.getAll() : objects.index('[sessionId+order]').getAll(IDBKeyRange.bound([session, -Infinity], [session, Infinity]));
          request.onsuccess = () => (resolve(request.result as T[]), open.result.close());
          request.onerror = () => reject(request.error);
        };
      }),
    { store, session },
  );
}

/** The stored turns of the session whose screen `page` shows (its id is in the address). */
export async function storedTexts(page: Page): Promise<string[]> {
  const sessionId = decodeURIComponent(/\/session\/([^/?]+)/.exec(page.url())?.[1] ?? '');
  return (await storedRows<{ text: string }>(page, 'turns', sessionId)).map((t) => t.text);
}

export class MatrixScreen {
  constructor(readonly page: Page) {}

  cell(code: string, type: string): Locator {
    return this.page.locator(`[data-cell="${code}|${type}"]`);
  }

  async expectCount(code: string, type: string, count: number) {
    await expect(this.cell(code, type)).toHaveText(count === 0 ? '·' : String(count));
  }
}

/**
 * A study with the sample participants and FGD whose codebook is the tree of
 * tests/fixtures/kerangka-peran.qdc: three roles of the planner…evaluator framework with
 * codes of their own, one three levels deep. Leaves the study's "Buku kode" tab open.
 */
export async function treeCodebookStudy(page: Page, title: string) {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy(title, 2024, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await page.getByRole('link', { name: title }).click();
  const report = await app.importCodebook(fixturePath('kerangka-peran.qdc'));
  return { app, session, report };
}

/** The sample study coded from tests/fixtures/koding.csv, its "Ekspor tabel" tab open: the FGD Sukamaju with 14 codings. */
export async function codedSampleStudy(page: Page, title: string) {
  const app = new Telaah(page);
  const session = new SessionScreen(page);
  await app.startStudy(title, 2019, 'FGD Sukamaju');
  await session.importTranscript(app, fixturePath('fgd-sukamaju.txt'));
  await page.getByRole('link', { name: title }).click();
  await app.tab('Ekspor tabel').click();
  await app.chooseFile(page.getByRole('button', { name: 'Impor koding (CSV)…' }), fixturePath('koding.csv'));
  await expect(page.getByRole('status')).toContainText('koding.csv diimpor.');
  return { app, session };
}
