/**
 * The Whisper models in the app's data folder, outside every project. A download streams
 * into `<file>.part`, hashing as it goes, and becomes the model file only when its size
 * and SHA-256 match the published ones; a cancelled, failed, short or corrupt download
 * leaves no file behind, and a disk too small is refused before the first byte.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, rm, stat, statfs, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelDownloadProgress, ModelDownloadResult } from '../shared/api.ts';
import { modelUrl, WHISPER_MODELS, type ModelName, type WhisperModel } from '../shared/transcription/models.ts';

/** Progress is reported at most this often, and once at the end. */
const REPORT_EVERY_MS = 250;
/** Room kept free beside a model, so a download never fills the disk to the last byte. */
const HEADROOM_BYTES = 64 * 1024 * 1024;

export interface DownloadOptions {
  signal?: AbortSignal;
  onProgress?(progress: ModelDownloadProgress): void;
  /** Where to get the file; the published URL unless a test serves it. */
  url?: string;
}

export class ModelFolder {
  constructor(readonly folder: string) {}

  pathOf(model: WhisperModel): string {
    return join(this.folder, model.file);
  }

  /** The listed models whose file is here whole (a download only becomes the file once checked). */
  async installed(models: readonly WhisperModel[] = WHISPER_MODELS): Promise<ModelName[]> {
    const present = await Promise.all(models.map(async (m) => (await stat(this.pathOf(m)).catch(() => null))?.size === m.bytes));
    return models.filter((_, i) => present[i]).map((m) => m.name);
  }

  /** Bytes free on the disk that holds the folder. */
  async freeBytes(): Promise<number> {
    const fs = await statfs(this.folder);
    return fs.bavail * fs.bsize;
  }

  async download(model: WhisperModel, options: DownloadOptions = {}): Promise<ModelDownloadResult> {
    await mkdir(this.folder, { recursive: true });
    if ((await this.freeBytes()) < model.bytes + HEADROOM_BYTES) return { ok: false, problem: 'diskFull', detail: this.folder };
    const part = `${this.pathOf(model)}.part`;
    const result = await this.fetchInto(part, model, options);
    if (result.ok) await rename(part, this.pathOf(model));
    else await rm(part, { force: true });
    return result;
  }

  private async fetchInto(part: string, model: WhisperModel, options: DownloadOptions): Promise<ModelDownloadResult> {
    const { signal, onProgress } = options;
    const now = () => performance.now();
    let file: FileHandle | null = null;
    try {
      const response = await fetch(options.url ?? modelUrl(model), { signal });
      if (!response.ok || !response.body) return { ok: false, problem: 'http', detail: String(response.status) };
      file = await open(part, 'w');
      const hash = createHash('sha256');
      const started = now();
      let received = 0;
      let reported = -Infinity;
      const report = () => {
        const elapsed = (now() - started) / 1000;
        const rate = elapsed > 0.5 ? received / elapsed : 0;
        onProgress?.({ model: model.name, received, total: model.bytes, secondsLeft: rate > 0 ? (model.bytes - received) / rate : null });
        reported = now();
      };
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        received += chunk.byteLength;
        if (received > model.bytes) return { ok: false, problem: 'size', detail: String(received) };
        hash.update(chunk);
        await file.write(chunk);
        if (now() - reported >= REPORT_EVERY_MS) report();
      }
      report();
      await file.sync();
      if (received !== model.bytes) return { ok: false, problem: 'size', detail: String(received) };
      return hash.digest('hex') === model.sha256 ? { ok: true } : { ok: false, problem: 'checksum' };
    } catch (error) {
      if (signal?.aborted) return { ok: false, problem: 'cancelled' };
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EDQUOT') return { ok: false, problem: 'diskFull', detail: this.folder };
      return { ok: false, problem: 'network', detail: String((error as Error).message ?? error) };
    } finally {
      await file?.close().catch(() => undefined);
    }
  }
}
