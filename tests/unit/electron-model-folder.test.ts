import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ModelFolder } from '../../electron/model-folder.ts';
import type { ModelDownloadProgress } from '../../shared/api.ts';
import { WHISPER_MODELS, type WhisperModel } from '../../shared/transcription/models.ts';
import { whisperTestModel } from '../../scripts/whisper-test-model.ts';

// A real model file, as the real server would send it: a few megabytes, many chunks.
const bytes = whisperTestModel();
const model: WhisperModel = { ...WHISPER_MODELS[0]!, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };

type Reply = (res: ServerResponse) => void;
const replies = new Map<string, Reply>();
let requests = 0;
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    const reply = replies.get(req.url ?? '');
    if (!reply) return void res.writeHead(404).end('Not Found');
    reply(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const folders: string[] = [];
function modelFolder() {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-models-'));
  folders.push(dir);
  return new ModelFolder(join(dir, 'models'));
}
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  replies.clear();
});

/** Sends the body in 64 KiB pieces, as a network would. */
function sendInPieces(res: ServerResponse, body: Uint8Array, { length = body.length, stallAfter = Infinity } = {}) {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(length) });
  let at = 0;
  const next = () => {
    if (at >= Math.min(body.length, stallAfter)) {
      if (at >= body.length) res.end();
      return; // a stalled connection: nothing more arrives
    }
    res.write(body.subarray(at, at + 65536), next);
    at += 65536;
  };
  next();
}

const leftovers = (folder: ModelFolder) => (existsSync(folder.folder) ? readdirSync(folder.folder) : []);

describe("Whisper models in the app's data folder", () => {
  it('downloads a model with progress, checks it and keeps it under its own name', async () => {
    replies.set('/ggml-tiny.bin', (res) => sendInPieces(res, bytes));
    const folder = modelFolder();
    const progress: ModelDownloadProgress[] = [];
    expect(await folder.installed([model])).toEqual([]);

    const result = await folder.download(model, { url: `${base}/ggml-tiny.bin`, onProgress: (p) => progress.push(p) });

    expect(result).toEqual({ ok: true });
    expect(leftovers(folder)).toEqual(['ggml-tiny.bin']);
    expect(Buffer.compare(readFileSync(folder.pathOf(model)), bytes)).toBe(0);
    expect(await folder.installed([model])).toEqual(['tiny']);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.map((p) => p.received)).toEqual(progress.map((p) => p.received).toSorted((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ model: 'tiny', received: bytes.length, total: bytes.length });
  });

  it('throws away a download whose checksum differs, and says so', async () => {
    const tampered = bytes.slice();
    tampered[tampered.length - 10]! ^= 0xff;
    replies.set('/ggml-tiny.bin', (res) => sendInPieces(res, tampered));
    const folder = modelFolder();
    expect(await folder.download(model, { url: `${base}/ggml-tiny.bin` })).toEqual({ ok: false, problem: 'checksum' });
    expect(leftovers(folder)).toEqual([]);
    expect(await folder.installed([model])).toEqual([]);
  });

  it('throws away a download that stops early or runs long', async () => {
    replies.set('/short', (res) => {
      res.writeHead(200);
      res.end(bytes.subarray(0, 1000));
    });
    replies.set('/long', (res) => {
      res.writeHead(200);
      res.end(new Uint8Array([...bytes, 1, 2, 3]));
    });
    const folder = modelFolder();
    expect(await folder.download(model, { url: `${base}/short` })).toEqual({ ok: false, problem: 'size', detail: '1000' });
    expect(await folder.download(model, { url: `${base}/long` })).toMatchObject({ ok: false, problem: 'size' });
    expect(leftovers(folder)).toEqual([]);
  });

  it('reports a server refusal with its status, and a broken connection', async () => {
    replies.set('/reset', (res) => {
      res.writeHead(200, { 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, 100_000), () => res.destroy());
    });
    const folder = modelFolder();
    expect(await folder.download(model, { url: `${base}/gone` })).toEqual({ ok: false, problem: 'http', detail: '404' });
    expect(await folder.download(model, { url: `${base}/reset` })).toMatchObject({ ok: false, problem: 'network' });
    expect(leftovers(folder)).toEqual([]);
  });

  it('stops when cancelled part-way and leaves no partial file', async () => {
    replies.set('/stalls', (res) => sendInPieces(res, bytes, { stallAfter: bytes.length / 2 }));
    const folder = modelFolder();
    const controller = new AbortController();
    const result = await folder.download(model, {
      url: `${base}/stalls`,
      signal: controller.signal,
      onProgress: (p) => p.received > 100_000 && controller.abort(),
    });
    expect(result).toEqual({ ok: false, problem: 'cancelled' });
    expect(leftovers(folder)).toEqual([]);
  });

  it('refuses a model bigger than the free disk before downloading a byte', async () => {
    const folder = modelFolder();
    const before = requests;
    const huge = { ...model, bytes: 1e18 };
    expect(await folder.download(huge, { url: `${base}/ggml-tiny.bin` })).toEqual({ ok: false, problem: 'diskFull', detail: folder.folder });
    expect(requests).toBe(before);
  });

  it.runIf(existsSync('/dev/full'))('says the disk is full when a write fails for lack of room, and removes what it wrote', async () => {
    replies.set('/ggml-tiny.bin', (res) => sendInPieces(res, bytes));
    const folder = modelFolder();
    mkdirSync(folder.folder, { recursive: true });
    // The partial file lands on a device that answers every write with ENOSPC, as a full disk does.
    symlinkSync('/dev/full', `${folder.pathOf(model)}.part`);
    expect(await folder.download(model, { url: `${base}/ggml-tiny.bin` })).toEqual({ ok: false, problem: 'diskFull', detail: folder.folder });
    expect(leftovers(folder)).toEqual([]);
    expect(existsSync('/dev/full')).toBe(true);
  });
});
