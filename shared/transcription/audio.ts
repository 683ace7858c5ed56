/**
 * Audio as speech recognition takes it: mono float samples at 16 kHz. `readWav` reads the
 * PCM WAV files recorders and converters write (8/16/24/32-bit integer or 32-bit float,
 * any rate, any number of channels, mixed down to mono); other formats are decoded by the
 * platform (the browser's decoder in the app, `@audio/decode` on the command line) before
 * they come here. `resample` brings any
 * rate to 16 kHz through a windowed-sinc low-pass, so speech above 8 kHz does not fold
 * back into the band Whisper listens to.
 */
import { ImportError } from '../formats/import-error.ts';
import { reason } from '../formats/reasons.ts';

export const SPEECH_RATE = 16_000;

export interface Audio {
  samples: Float32Array;
  rate: number;
}

/** Whether the bytes are a WAV file (RIFF/WAVE), which `readWav` reads itself. */
export function isWav(bytes: Uint8Array): boolean {
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  return bytes.length >= 12 && tag(0) === 'RIFF' && tag(8) === 'WAVE';
}

/** Channels of equal length mixed to one. */
export function mixDown(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 1) return channels[0]!;
  const mono = new Float32Array(channels[0]?.length ?? 0);
  for (const channel of channels) for (let i = 0; i < mono.length; i++) mono[i]! += channel[i]! / channels.length;
  return mono;
}

/** Where a WAV file's samples are and how they are written. */
export interface WavLayout {
  /** 1: integer PCM; 3: float. */
  code: number;
  channels: number;
  rate: number;
  bits: number;
  /** Byte offset of the first sample, and how many bytes of samples the file says follow. */
  dataStart: number;
  dataBytes: number;
}

/**
 * The layout of a WAV file from its first bytes (the header and chunks before the
 * samples), or an error naming the file when it is no WAV Telaah reads.
 */
export function wavLayout(bytes: Uint8Array, file: string): WavLayout {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (!isWav(bytes)) throw new ImportError(file, null, reason('audio.notWav'));
  let format: { code: number; channels: number; rate: number; bits: number } | null = null;
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ' && size >= 16) {
      if (body + 16 > bytes.length) throw new ImportError(file, null, reason('audio.truncated'));
      let code = view.getUint16(body, true);
      // WAVE_FORMAT_EXTENSIBLE names the real format in its sub-format GUID.
      if (code === 0xfffe && size >= 40 && body + 26 <= bytes.length) code = view.getUint16(body + 24, true);
      format = { code, channels: view.getUint16(body + 2, true), rate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === 'data') {
      if (!format) break;
      const { code, channels, rate, bits } = format;
      // A recording is sampled between 1 kHz and 384 kHz, with one channel or more (a few dozen at most).
      if (channels < 1 || channels > 64 || rate < 1000 || rate > 384_000) throw new ImportError(file, null, reason('audio.badWavFormat', { channels, rate }));
      const supported = (code === 1 && [8, 16, 24, 32].includes(bits)) || (code === 3 && bits === 32);
      if (!supported) throw new ImportError(file, null, reason('audio.unsupportedWav', { code, bits }));
      return { ...format, dataStart: body, dataBytes: size };
    }
    at = body + size + (size % 2);
  }
  throw new ImportError(file, null, reason('audio.noData'));
}

/** Bytes of one frame (a sample of every channel). */
export const frameBytes = (layout: WavLayout): number => (layout.bits / 8) * layout.channels;

/** The whole frames in `bytes` (samples as the layout writes them), mixed to mono floats. */
export function wavFrames(bytes: Uint8Array, layout: WavLayout): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { code, bits, channels } = layout;
  const width = bits / 8;
  const frames = Math.floor(bytes.length / frameBytes(layout));
  const samples = new Float32Array(frames);
  // 16-bit PCM, by far the commonest, read as whole numbers at once rather than byte by byte
  // (little-endian, as WAV is and as every platform the app runs on is).
  if (code === 1 && bits === 16 && bytes.byteOffset % 2 === 0) {
    const pcm = new Int16Array(bytes.buffer, bytes.byteOffset, frames * channels);
    for (let f = 0, i = 0; f < frames; f++) {
      let sum = 0;
      for (let c = 0; c < channels; c++) sum += pcm[i++]!;
      samples[f] = sum / channels / 32768;
    }
    return samples;
  }
  const read = (offset: number): number => {
    if (code === 3) return view.getFloat32(offset, true);
    if (bits === 8) return (view.getUint8(offset) - 128) / 128;
    if (bits === 16) return view.getInt16(offset, true) / 32768;
    if (bits === 24) return (view.getUint8(offset) | (view.getUint8(offset + 1) << 8) | (view.getInt8(offset + 2) << 16)) / 8388608;
    return view.getInt32(offset, true) / 2147483648;
  };
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read((f * channels + c) * width);
    samples[f] = sum / channels;
  }
  return samples;
}

/** A PCM or float WAV file's samples, mixed to mono. */
export function readWav(bytes: Uint8Array, file: string): Audio {
  const layout = wavLayout(bytes, file);
  const end = Math.min(bytes.length, layout.dataStart + layout.dataBytes);
  const samples = wavFrames(bytes.subarray(layout.dataStart, end), layout);
  if (samples.length === 0) throw new ImportError(file, null, reason('audio.empty'));
  return { samples, rate: layout.rate };
}

/** Half the width of the windowed-sinc kernel, in samples at the lower of the two rates. */
const TAPS = 8;
/** Kernel values per input sample: the kernel is read from a table, not worked out per tap. */
const STEPS = 64;

/** The samples at another rate; lowering the rate filters out what the new rate cannot hold. */
export function resample(samples: Float32Array, from: number, to: number = SPEECH_RATE): Float32Array {
  if (from === to) return samples;
  const ratio = to / from;
  const out = new Float32Array(Math.floor(samples.length * ratio));
  // Cut-off at the lower of the two Nyquist frequencies, as a share of the input rate.
  const cutoff = Math.min(1, ratio);
  const half = Math.ceil(TAPS / cutoff);
  const table = new Float32Array(half * STEPS + 2);
  for (let k = 0; k < table.length; k++) {
    const u = k / STEPS;
    const x = u * cutoff;
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    const window = u >= half ? 0 : 0.42 + 0.5 * Math.cos((Math.PI * u) / half) + 0.08 * Math.cos((2 * Math.PI * u) / half);
    table[k] = sinc * window;
  }
  for (let i = 0; i < out.length; i++) {
    const centre = i / ratio;
    const first = Math.max(0, Math.ceil(centre - half));
    const last = Math.min(samples.length - 1, Math.floor(centre + half));
    let sum = 0;
    let weights = 0;
    for (let j = first; j <= last; j++) {
      const position = Math.abs(j - centre) * STEPS;
      const k = position | 0;
      const weight = table[k]! + (table[k + 1]! - table[k]!) * (position - k);
      sum += samples[j]! * weight;
      weights += weight;
    }
    out[i] = weights === 0 ? 0 : sum / weights;
  }
  return out;
}

/** 16-bit PCM, as engines that take raw audio want it. */
export function toPcm16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round(samples[i]! * 32767)));
  return out;
}
