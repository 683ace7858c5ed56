import { describe, expect, it } from 'vitest';
import { PeakMeter, waveformOf } from '../../shared/waveform.ts';
import { wavFrames, wavLayout } from '../../shared/transcription/audio.ts';
import { hasEspeak, spoken } from './speech.ts';
import { wav } from './wav.ts';

/** `seconds` of a tone at `level`, at `rate`. */
const tone = (seconds: number, level: number, rate: number) => Float32Array.from({ length: Math.round(seconds * rate) }, (_, i) => level * Math.sin((2 * Math.PI * 220 * i) / rate));
const join = (...parts: Float32Array[]) => {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('a recording’s waveform', () => {
  it('gives the loudest sample of each twentieth of a second, and silence as zeros', () => {
    const rate = 8000;
    const samples = join(tone(1, 0.5, rate), new Float32Array(rate), tone(0.5, 0.25, rate));
    const { peaks, perSecond, duration } = waveformOf(samples, rate);
    expect(perSecond).toBe(20);
    expect(duration).toBe(2.5);
    expect(peaks).toHaveLength(50);
    expect(Math.min(...peaks.subarray(0, 20))).toBeGreaterThan(0.45);
    expect(Math.max(...peaks.subarray(20, 40))).toBe(0);
    expect(Math.min(...peaks.subarray(41, 50))).toBeGreaterThan(0.2);
    expect(Math.max(...peaks.subarray(41, 50))).toBeLessThanOrEqual(0.25);
  });

  it('is the same whatever chunks the samples come in, at a rate that does not divide into buckets', () => {
    const rate = 44_100;
    const samples = join(tone(0.73, 0.8, rate), new Float32Array(12_345), tone(0.31, 0.1, rate));
    const whole = waveformOf(samples, rate);
    const meter = new PeakMeter(rate);
    for (let at = 0; at < samples.length; at += 4093) meter.add(samples.subarray(at, at + 4093));
    const chunked = meter.finish();
    expect(chunked.peaks).toEqual(whole.peaks);
    expect(chunked.duration).toBeCloseTo(samples.length / rate, 9);
    expect(whole.peaks).toHaveLength(Math.ceil((samples.length / rate) * 20));
  });

  it.runIf(hasEspeak)('shows a pause between two spoken sentences as a flat stretch', () => {
    const rate = 16_000;
    const samples = join(spoken('Bantuan sosial sudah cair.'), new Float32Array(rate * 2), spoken('Kami datang ke balai desa.'));
    const { peaks } = waveformOf(samples, rate);
    const first = spoken('Bantuan sosial sudah cair.').length / rate;
    // The two seconds of silence, a tenth in from each side, are flat; speech either side is not.
    const from = Math.ceil((first + 0.1) * 20);
    expect(Math.max(...peaks.subarray(from, from + 36))).toBeLessThan(0.01);
    expect(Math.max(...peaks.subarray(0, from - 4))).toBeGreaterThan(0.1);
    expect(Math.max(...peaks.subarray(from + 40))).toBeGreaterThan(0.1);
  });
});

describe('a WAV file read a piece at a time', () => {
  it('finds its samples after the header and reads frames from any slice of whole frames', () => {
    const rate = 8000;
    // Eight stereo frames of 16-bit samples 0, -1000, 2000, -3000…: left the even ones, right the odd ones.
    const sample = (i: number) => ((i % 2 ? -1 : 1) * i * 1000) / 32767;
    const channel = (side: number) => Float32Array.from({ length: 8 }, (_, f) => sample(f * 2 + side));
    const bytes = wav([channel(0), channel(1)], rate, 16);
    const layout = wavLayout(bytes, 'fgd.wav');
    expect(layout).toMatchObject({ channels: 2, rate, bits: 16, dataStart: 44, dataBytes: 32 });
    // Frames 2 and 3 (bytes 8–16 of the data): each the mean of its two channels.
    expect([...wavFrames(bytes.subarray(44 + 8, 44 + 16), layout)]).toEqual([(4000 - 5000) / 2 / 32768, (6000 - 7000) / 2 / 32768]);
    expect(() => wavLayout(new Uint8Array(12), 'rusak.wav')).toThrow('rusak.wav');
  });
});
