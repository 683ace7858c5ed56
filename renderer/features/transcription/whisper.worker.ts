/**
 * whisper.cpp built for WebAssembly, in a worker of its own so that typing and playback
 * never wait for it. Messages: `load` (a model file's blob URL), `transcribe` (16-bit PCM,
 * 16 kHz mono), `stop` (the transcription under way). Single-threaded: the page is not
 * cross-origin isolated, which WebAssembly threads would need.
 */
import { configureWasm, initWhisper, type WhisperContext } from '@fugood/node-whisper-wasm';
import createWhisperModule from '@fugood/node-whisper-wasm/wasm/whisper-node.js';
import wasmUrl from '@fugood/node-whisper-wasm/wasm/whisper-node.wasm?url';
import { WORD_TIMES } from '../../../shared/transcription/run.ts';

export type WorkerRequest = { type: 'load'; modelUrl: string } | { type: 'transcribe'; id: number; pcm: ArrayBuffer; language: string } | { type: 'stop' };
export type WorkerReply =
  | { type: 'loaded' }
  | { type: 'segments'; id: number; segments: { text: string; t0: number; t1: number }[] }
  | { type: 'error'; id: number | null; message: string };

let context: WhisperContext | null = null;
let running: { stop(): Promise<void> } | null = null;
const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

configureWasm({
  threads: false,
  moduleFactory: createWhisperModule,
  moduleOptions: {
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      void WebAssembly.instantiateStreaming(fetch(wasmUrl), imports).then((r) => done(r.instance, r.module));
      return {};
    },
  },
});

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'stop') {
    await running?.stop();
    return;
  }
  if (message.type === 'load') {
    try {
      context = await initWhisper({ filePath: message.modelUrl, worker: false });
      post({ type: 'loaded' });
    } catch (error) {
      post({ type: 'error', id: null, message: String((error as Error)?.message ?? error) });
    }
    return;
  }
  if (!context) return post({ type: 'error', id: message.id, message: 'no model loaded' });
  try {
    const { stop, promise } = context.transcribeData(message.pcm, { language: message.language, maxThreads: 1, temperature: 0, maxContext: 0, ...WORD_TIMES });
    running = { stop };
    const result = await promise;
    post({ type: 'segments', id: message.id, segments: result.segments });
  } catch (error) {
    post({ type: 'error', id: message.id, message: String((error as Error)?.message ?? error) });
  } finally {
    running = null;
  }
};
