/**
 * A recording's waveform as the transcript's player draws it: the loudest sample of each
 * twentieth of a second, from samples that arrive in chunks (a two-hour recording is read
 * a piece at a time, never held whole). Silence is a run of peaks near zero, so it shows
 * as a flat line.
 */
import { frameBytes, wavFrames, wavLayout } from './transcription/audio.ts';

/** Peaks per second of recording: fine enough to see a pause between two words. */
export const PEAKS_PER_SECOND = 20;

export interface Waveform {
  /** The loudest absolute sample of each 1/`perSecond` s, 0–1. */
  peaks: Float32Array;
  perSecond: number;
  /** Seconds of recording the peaks cover. */
  duration: number;
}

/** Takes mono samples at `rate` in chunks of any length and gives their waveform. */
export class PeakMeter {
  private readonly bucket: number;
  private readonly out: number[] = [];
  private loudest = 0;
  private total = 0;
  /** The sample count at which the bucket being filled ends (buckets may be a fractional number of samples long). */
  private end: number;

  constructor(
    private readonly rate: number,
    private readonly perSecond = PEAKS_PER_SECOND,
  ) {
    this.bucket = rate / perSecond;
    this.end = this.bucket;
  }

  add(chunk: Float32Array): void {
    let { loudest, total, end } = this;
    for (let i = 0; i < chunk.length; i++) {
      const v = Math.abs(chunk[i]!);
      if (v > loudest) loudest = v;
      if (++total >= end) {
        this.out.push(Math.min(1, loudest));
        loudest = 0;
        end = this.bucket * (this.out.length + 1);
      }
    }
    Object.assign(this, { loudest, total, end });
  }

  finish(): Waveform {
    const peaks = [...this.out];
    // The samples after the last whole bucket make a last, shorter one.
    if (this.total > this.bucket * peaks.length + 1e-6) peaks.push(Math.min(1, this.loudest));
    return { peaks: Float32Array.from(peaks), perSecond: this.perSecond, duration: this.total / this.rate };
  }
}

/** The waveform of samples held whole. */
export function waveformOf(samples: Float32Array, rate: number, perSecond = PEAKS_PER_SECOND): Waveform {
  const meter = new PeakMeter(rate, perSecond);
  meter.add(samples);
  return meter.finish();
}

/** Bytes of a WAV file read at a time, whole frames. */
const PIECE = 4 << 20;
/** Bytes read for the header; the chunks before the samples (LIST, bext) fit in far less. */
const HEAD = 1 << 20;

/**
 * The waveform of a WAV file of `size` bytes read a piece at a time through `read` (from a
 * blob in the app's worker, from a buffer in the bench): a two-hour FGD is never held whole.
 */
export async function wavWaveform(size: number, read: (from: number, to: number) => Promise<Uint8Array> | Uint8Array, name: string): Promise<Waveform> {
  const layout = wavLayout(await read(0, Math.min(size, HEAD)), name);
  const meter = new PeakMeter(layout.rate);
  const end = Math.min(size, layout.dataStart + layout.dataBytes);
  const step = PIECE - (PIECE % frameBytes(layout));
  for (let at = layout.dataStart; at < end; at += step) meter.add(wavFrames(await read(at, Math.min(end, at + step)), layout));
  return meter.finish();
}
