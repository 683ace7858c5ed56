/**
 * whisper.cpp as a `SpeechEngine`, through @fugood/whisper.node: prebuilt binaries for
 * Windows, macOS and Linux (x64 and arm64), no compiler on the user's machine. Runs off
 * the JavaScript thread (the binding's worker). Cancelling stops the engine mid-chunk.
 * The binding leaves its promise unsettled when whisper.cpp fails inside a transcription,
 * so a watchdog turns a chunk that takes far longer than it could into an error. Each chunk
 * is heard on its own (no text carried over from the one before), so a resumed run hears
 * the remaining chunks as an uninterrupted run would. Every word comes with its time
 * (`WORD_TIMES`), for correcting the draft by ear.
 */
import { initWhisper } from '@fugood/whisper.node';
import { SPEECH_RATE, toPcm16 } from '../shared/transcription/audio.ts';
import { fromTokens, WORD_TIMES, type SpeechEngine, type SpeechSegment } from '../shared/transcription/run.ts';

export interface WhisperEngine extends SpeechEngine {
  release(): Promise<void>;
}

/** A chunk may take this many times its length (a slow laptop with a large model) plus a minute. */
const WATCHDOG_TIMES_REAL_TIME = 30;

export class EngineStalled extends Error {}

export async function whisperEngine(modelPath: string, threads = 2): Promise<WhisperEngine> {
  const context = await initWhisper({ filePath: modelPath, useGpu: false });
  return {
    async transcribe(samples, { language }, signal): Promise<SpeechSegment[]> {
      const pcm = toPcm16(samples);
      const { stop, promise } = context.transcribeData(pcm.buffer as ArrayBuffer, { language, maxThreads: threads, temperature: 0, maxContext: 0, ...WORD_TIMES });
      const onAbort = () => void stop();
      signal.addEventListener('abort', onAbort, { once: true });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const limit = 60_000 + (samples.length / SPEECH_RATE) * 1000 * WATCHDOG_TIMES_REAL_TIME;
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new EngineStalled(`the speech engine gave no result for ${Math.round(limit / 1000)} s`)), limit);
      });
      try {
        return fromTokens((await Promise.race([promise, stalled])).segments);
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
      }
    },
    release: () => context.release(),
  };
}
