/**
 * Works out a recording's waveform off the page's thread: a WAV file is read from its blob
 * a few megabytes at a time (a two-hour FGD is never held whole); other formats arrive as
 * the channels the page's audio decoder made, mixed here.
 */
import { frameBytes, mixDown, wavFrames, wavLayout } from '../../../../shared/transcription/audio.ts';
import { PeakMeter, waveformOf, type Waveform } from '../../../../shared/waveform.ts';

export type PeaksRequest = { type: 'wav'; recording: Blob; name: string } | { type: 'decoded'; channels: Float32Array[]; rate: number };
export type PeaksReply = { type: 'waveform'; waveform: Waveform } | { type: 'error'; message: string };

/** Bytes read at a time from a WAV file. */
const PIECE = 4 << 20;
/** Bytes read for the header; chunks before the samples (LIST, bext) fit in far less. */
const HEAD = 1 << 20;

async function wavWaveform(recording: Blob, name: string): Promise<Waveform> {
  const layout = wavLayout(new Uint8Array(await recording.slice(0, HEAD).arrayBuffer()), name);
  const meter = new PeakMeter(layout.rate);
  const end = Math.min(recording.size, layout.dataStart + layout.dataBytes);
  const step = PIECE - (PIECE % frameBytes(layout));
  for (let at = layout.dataStart; at < end; at += step) {
    meter.add(wavFrames(new Uint8Array(await recording.slice(at, Math.min(end, at + step)).arrayBuffer()), layout));
  }
  return meter.finish();
}

self.onmessage = async (event: MessageEvent<PeaksRequest>) => {
  const post = (reply: PeaksReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(reply, transfer);
  try {
    const request = event.data;
    const waveform = request.type === 'wav' ? await wavWaveform(request.recording, request.name) : waveformOf(mixDown(request.channels), request.rate);
    post({ type: 'waveform', waveform }, [waveform.peaks.buffer]);
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
