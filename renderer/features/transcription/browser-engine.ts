/**
 * The speech engine of the app: whisper.cpp's WebAssembly build in a worker, behind the
 * `SpeechEngine` interface the transcription run uses. The model file the user chose is
 * handed to the worker as a blob URL; cancelling stops the chunk under way.
 */
import { toPcm16 } from '../../../shared/transcription/audio.ts';
import { fromTokens, type SpeechEngine, type SpeechSegment } from '../../../shared/transcription/run.ts';
import type { WorkerReply, WorkerRequest } from './whisper.worker.ts';

export interface BrowserEngine extends SpeechEngine {
  close(): void;
}

export async function browserEngine(model: Blob): Promise<BrowserEngine> {
  const worker = new Worker(new URL('./whisper.worker.ts', import.meta.url), { type: 'module' });
  const modelUrl = URL.createObjectURL(model);
  const send = (request: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  const replies = new Set<(reply: WorkerReply) => void>();
  worker.onmessage = (event: MessageEvent<WorkerReply>) => replies.forEach((listener) => listener(event.data));
  const next = (match: (reply: WorkerReply) => boolean) =>
    new Promise<WorkerReply>((resolve) => {
      const listener = (reply: WorkerReply) => {
        if (!match(reply)) return;
        replies.delete(listener);
        resolve(reply);
      };
      replies.add(listener);
    });
  const close = () => {
    worker.terminate();
    URL.revokeObjectURL(modelUrl);
  };
  const loaded = next((r) => r.type === 'loaded' || (r.type === 'error' && r.id === null));
  send({ type: 'load', modelUrl });
  const reply = await loaded;
  if (reply.type === 'error') {
    close();
    throw new Error(reply.message);
  }
  let id = 0;
  return {
    async transcribe(samples, { language }, signal): Promise<SpeechSegment[]> {
      const call = ++id;
      const pcm = toPcm16(samples).buffer as ArrayBuffer;
      const answered = next((r) => r.type !== 'loaded' && r.id === call);
      const onAbort = () => send({ type: 'stop' });
      signal.addEventListener('abort', onAbort, { once: true });
      send({ type: 'transcribe', id: call, pcm, language }, [pcm]);
      try {
        const result = await answered;
        if (result.type === 'error') throw new Error(result.message);
        return result.type === 'segments' ? fromTokens(result.segments) : [];
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    },
    close,
  };
}
