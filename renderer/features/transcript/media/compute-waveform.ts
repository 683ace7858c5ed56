/**
 * A recording's waveform, worked out in a worker. WAV files go to the worker whole (it
 * reads them in pieces); other formats are decoded by the browser at a low rate first,
 * since audio decoding is not available to workers, and the worker mixes and measures them.
 */
import { isWav } from '../../../../shared/transcription/audio.ts';
import type { Waveform } from '../../../../shared/waveform.ts';
import type { PeaksReply, PeaksRequest } from './peaks.worker.ts';

/** The rate compressed recordings are decoded at for their waveform: enough for peaks, an eighth of the memory of 44.1 kHz. */
const DECODE_RATE = 8000;

export async function computeWaveform(recording: Blob, name: string): Promise<Waveform> {
  const head = new Uint8Array(await recording.slice(0, 12).arrayBuffer());
  let request: PeaksRequest;
  let transfer: Transferable[] = [];
  if (isWav(head)) request = { type: 'wav', recording, name };
  else {
    const audio = await new OfflineAudioContext(1, 1, DECODE_RATE).decodeAudioData(await recording.arrayBuffer());
    const channels = Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c));
    request = { type: 'decoded', channels, rate: audio.sampleRate };
    transfer = channels.map((c) => c.buffer);
  }
  const worker = new Worker(new URL('./peaks.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Waveform>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<PeaksReply>) => (event.data.type === 'waveform' ? resolve(event.data.waveform) : reject(new Error(event.data.message)));
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(request, transfer);
    });
  } finally {
    worker.terminate();
  }
}
