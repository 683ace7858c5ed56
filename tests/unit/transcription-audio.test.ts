import { describe, expect, it } from 'vitest';
import { readWav, resample, SPEECH_RATE, toPcm16 } from '../../shared/transcription/audio.ts';
import { speechChunks, speechSpans } from '../../shared/transcription/chunks.ts';
import { randomSource } from './fuzz/malform.ts';
import { hasEspeak, spokenRecording } from './speech.ts';
import { wav } from './wav.ts';

const tone = (hz: number, seconds: number, rate: number, amplitude = 0.5) => Float32Array.from({ length: Math.round(seconds * rate) }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate));

/** The strongest frequency of a signal, by a plain DFT over candidate frequencies. */
function peak(samples: Float32Array, rate: number, candidates: number[]): number {
  let best = candidates[0]!;
  let bestPower = -1;
  for (const hz of candidates) {
    let re = 0;
    let im = 0;
    for (let i = 0; i < samples.length; i++) {
      re += samples[i]! * Math.cos((2 * Math.PI * hz * i) / rate);
      im += samples[i]! * Math.sin((2 * Math.PI * hz * i) / rate);
    }
    const power = re * re + im * im;
    if (power > bestPower) [best, bestPower] = [hz, power];
  }
  return best;
}

const rms = (s: Float32Array) => Math.sqrt(s.reduce((n, x) => n + x * x, 0) / s.length);

describe('audio for speech recognition', () => {
  it('reads 8/16/24/32-bit and float WAV files, stereo mixed to mono', () => {
    const left = tone(440, 0.1, 8000);
    const right = tone(440, 0.1, 8000, 0.1);
    for (const [bits, float] of [[8, false], [16, false], [24, false], [32, false], [32, true]] as const) {
      const audio = readWav(wav([left, right], 8000, bits, float), 'rekaman.wav');
      expect(audio.rate).toBe(8000);
      expect(audio.samples.length).toBe(800);
      const tolerance = bits === 8 ? 0.02 : 0.001;
      audio.samples.forEach((x, i) => expect(Math.abs(x - (left[i]! + right[i]!) / 2), `${bits}-bit sample ${i}`).toBeLessThan(tolerance));
    }
  });

  it('refuses what is not a WAV file, naming the file', () => {
    expect(() => readWav(new TextEncoder().encode('ID3 bukan wav'), 'rekaman.mp3')).toThrow('rekaman.mp3: not a WAV file');
    const alaw = wav([tone(440, 0.01, 8000)], 8000, 8);
    new DataView(alaw.buffer).setUint16(20, 6, true);
    expect(() => readWav(alaw, 'alaw.wav')).toThrow('alaw.wav: WAV format 6 with 8-bit samples is not supported');
  });

  it('resamples to 16 kHz keeping a voice-band tone and filtering out what 16 kHz cannot hold', () => {
    const rate = 44_100;
    const voice = resample(tone(1000, 0.5, rate), rate);
    expect(voice.length).toBe(Math.floor(0.5 * rate * (SPEECH_RATE / rate)));
    expect(peak(voice, SPEECH_RATE, [500, 1000, 2000, 4000])).toBe(1000);
    expect(rms(voice)).toBeCloseTo(0.5 / Math.SQRT2, 1);
    // A 12 kHz whistle would fold back to 4 kHz: it is filtered out instead.
    expect(rms(resample(tone(12_000, 0.5, rate), rate))).toBeLessThan(0.02);
    // Up from 8 kHz the tone stays where it was.
    expect(peak(resample(tone(1000, 0.5, 8000), 8000), SPEECH_RATE, [500, 1000, 2000])).toBe(1000);
    expect(Array.from(toPcm16(Float32Array.of(0, 1, -1, 2, -2)))).toEqual([0, 32767, -32767, 32767, -32768]);
  });
});

/** A recording: bursts of voiced sound (a tone with noise, as speech has) between pauses, over room noise. */
function recording(parts: [seconds: number, speech: boolean][], seed = 3): { samples: Float32Array; speech: { start: number; end: number }[] } {
  const next = randomSource(seed);
  const rate = SPEECH_RATE;
  const total = parts.reduce((n, [s]) => n + s, 0);
  const samples = new Float32Array(Math.round(total * rate));
  const speech: { start: number; end: number }[] = [];
  let at = 0;
  for (const [seconds, voiced] of parts) {
    const from = Math.round(at * rate);
    const to = Math.round((at + seconds) * rate);
    for (let i = from; i < to; i++) {
      const noise = (next() - 0.5) * 0.002;
      // Syllables: the voice rises and falls four times a second.
      const envelope = voiced ? 0.15 + 0.15 * Math.abs(Math.sin((Math.PI * 4 * (i - from)) / rate)) : 0;
      samples[i] = noise + envelope * (Math.sin((2 * Math.PI * 180 * i) / rate) + 0.5 * (next() - 0.5));
    }
    if (voiced) speech.push({ start: at, end: at + seconds });
    at += seconds;
  }
  return { samples, speech };
}

describe('cutting a recording at its pauses', () => {
  it('finds where people speak, to within a fifth of a second, and leaves the pauses out', () => {
    const { samples, speech } = recording([[1.5, false], [4, true], [1.2, false], [2.5, true], [0.2, false], [3, true], [2, false]]);
    const spans = speechSpans(samples);
    // The 0.2 s breath between the last two stays inside one stretch of speech.
    expect(spans).toHaveLength(2);
    expect(spans[0]!.start).toBeCloseTo(speech[0]!.start, 0);
    expect(Math.abs(spans[0]!.start - speech[0]!.start)).toBeLessThan(0.25);
    expect(Math.abs(spans[0]!.end - speech[0]!.end)).toBeLessThan(0.25);
    expect(Math.abs(spans[1]!.start - speech[1]!.start)).toBeLessThan(0.25);
    expect(Math.abs(spans[1]!.end - speech[2]!.end)).toBeLessThan(0.25);
    expect(speechSpans(new Float32Array(SPEECH_RATE * 3))).toEqual([]);
  });

  it('groups speech into chunks of at most 30 seconds that start and end in pauses, covering every word', () => {
    const parts: [number, boolean][] = [];
    const next = randomSource(9);
    for (let i = 0; i < 40; i++) parts.push([0.6 + next() * 2, false], [1 + next() * 9, true]);
    parts.push([1, false]);
    const { samples, speech } = recording(parts, 5);
    const chunks = speechChunks(samples);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(30);
    for (const s of speech) expect(chunks.some((c) => c.start <= s.start + 0.25 && c.end >= s.end - 0.25), `${s.start}–${s.end}`).toBe(true);
    // No chunk boundary falls inside speech.
    for (const c of chunks) for (const s of speech) expect(c.start > s.start + 0.3 && c.start < s.end - 0.3, `${c.start} inside ${s.start}–${s.end}`).toBe(false);
    expect(chunks.length).toBeLessThan(speech.length);
  });

  it('cuts a stretch of speech longer than a chunk without any pause, none longer than 30 seconds', () => {
    const { samples } = recording([[0.5, false], [75, true], [0.5, false]], 7);
    const chunks = speechChunks(samples);
    expect(chunks.length).toBe(3);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(30);
    expect(chunks[0]!.start).toBeLessThan(0.5);
    expect(chunks[chunks.length - 1]!.end).toBeGreaterThan(75.3);
    chunks.slice(1).forEach((c, i) => expect(c.start).toBeCloseTo(chunks[i]!.end, 6));
  });
});

describe('cutting real speech at its pauses', () => {
  it.skipIf(!hasEspeak)('finds each spoken sentence and cuts only in the silences between them', { timeout: 60_000 }, () => {
    const sentences = [
      'Selamat pagi Bapak Ibu, terima kasih sudah hadir di diskusi kelompok terarah hari ini.',
      'Saya pendamping PKH di Kecamatan Sukamaju sejak tahun dua ribu tujuh belas.',
      'Saat pencairan kami mendampingi keluarga penerima manfaat ke e-Warong.',
      'Kalau ada kartu yang terblokir, kami bantu laporkan ke bank penyalur.',
    ];
    const { samples, said } = spokenRecording(sentences, [0.9, 2.5, 1.2, 1], 1.5);
    const spans = speechSpans(samples);
    // Words end in short pauses inside a sentence; the spans between sentences fall in the gaps.
    for (const s of said) expect(spans.some((x) => x.start <= s.start + 0.3 && x.end >= s.start), `start of ${s.start}`).toBe(true);
    for (const x of spans) expect(said.some((s) => x.end > s.start && x.start < s.end), `${x.start}–${x.end} holds speech`).toBe(true);
    const chunks = speechChunks(samples, SPEECH_RATE, 8);
    for (const c of chunks) expect(c.end - c.start).toBeLessThanOrEqual(8);
    // Every moment someone's voice is heard (a 30 ms frame louder than -40 dBFS) is in a chunk.
    const frame = Math.round(0.03 * SPEECH_RATE);
    let voiced = 0;
    for (let f = 0; f + frame <= samples.length; f += frame) {
      let sum = 0;
      for (let i = f; i < f + frame; i++) sum += samples[i]! * samples[i]!;
      if (Math.sqrt(sum / frame) < 0.01) continue;
      voiced++;
      const t = (f + frame / 2) / SPEECH_RATE;
      expect(chunks.some((c) => c.start <= t && c.end >= t), `${t.toFixed(2)} s`).toBe(true);
    }
    expect(voiced).toBeGreaterThan(200);
  });
});
