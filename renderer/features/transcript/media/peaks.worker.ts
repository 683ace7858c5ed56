/**
 * Works out a recording's waveform off the page's thread: a WAV file is read from its blob
 * a few megabytes at a time (a two-hour FGD is never held whole); other formats arrive as
 * the channels the page's audio decoder made, mixed here.
 */
import { mixDown } from '../../../../shared/transcription/audio.ts';
import { waveformOf, wavWaveform, type Waveform } from '../../../../shared/waveform.ts';

export type PeaksRequest = { type: 'wav'; recording: Blob; name: string } | { type: 'decoded'; channels: Float32Array[]; rate: number };
export type PeaksReply = { type: 'waveform'; waveform: Waveform } | { type: 'error'; message: string };

/** Reads bytes `from`–`to` of a blob. */
const piecesOf = (blob: Blob) => async (from: number, to: number) => new Uint8Array(await blob.slice(from, to).arrayBuffer());

self.onmessage = async (event: MessageEvent<PeaksRequest>) => {
  const post = (reply: PeaksReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);
  try {
    const request = event.data;
    const waveform = request.type === 'wav' ? await wavWaveform(request.recording.size, piecesOf(request.recording), request.name) : waveformOf(mixDown(request.channels), request.rate);
    post({ type: 'waveform', waveform }, [waveform.peaks.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
