/**
 * The transcription pipeline's own cost on a generated 60-minute recording, apart from the
 * speech engine (whose speed depends on the model and the computer): reading a 44.1 kHz
 * stereo WAV file, resampling to 16 kHz mono, finding the speech and cutting it into
 * chunks, and the run's bookkeeping around an engine that answers at once. Reported as a
 * share of the recording's length. Beside it, the player's waveform of the same file,
 * worked out once per recording (then kept).
 */
import { performance } from 'node:perf_hooks';
import { readWav, resample, SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { wavWaveform } from '../../shared/waveform.ts';
import { speechChunks } from '../../shared/transcription/chunks.ts';
import { transcribeRecording } from '../../shared/transcription/run.ts';
import { randomSource } from '../unit/fuzz/malform.ts';
import { wavHeader } from '../unit/wav.ts';

const RATE = 44_100;

/** An hour of talk: voiced stretches of 2–15 s between pauses of 0.3–3 s, over room noise, as a 16-bit stereo WAV file. */
function hourOfTalk(): Uint8Array {
  const next = randomSource(17);
  const frames = 3600 * RATE;
  const data = new DataView(new ArrayBuffer(44 + frames * 4));
  let f = 0;
  while (f < frames) {
    const speech = Math.round((2 + next() * 13) * RATE);
    const pause = Math.round((0.3 + next() * 2.7) * RATE);
    for (let i = 0; i < speech + pause && f < frames; i++, f++) {
      const voiced = i < speech ? (0.15 + 0.15 * Math.abs(Math.sin((Math.PI * 4 * i) / RATE))) * Math.sin((2 * Math.PI * 180 * f) / RATE) : 0;
      const v = Math.round((voiced + (next() - 0.5) * 0.002) * 32767);
      data.setInt16(44 + f * 4, v, true);
      data.setInt16(44 + f * 4 + 2, v, true);
    }
  }
  wavHeader(new Uint8Array(data.buffer), frames, RATE, 2, 16);
  return new Uint8Array(data.buffer);
}

export interface PipelineFigures {
  readMs: number;
  resampleMs: number;
  chunkMs: number;
  runMs: number;
  chunks: number;
  /** All of it, as a share of the recording's length. */
  sharePercent: number;
  /** The recording's waveform worked out as the player's worker does: read in 4 MB pieces, peaks measured. */
  waveformMs: number;
}

export async function pipelineBench(): Promise<PipelineFigures> {
  const file = hourOfTalk();
  let t = performance.now();
  const audio = readWav(file, 'jam.wav');
  const readMs = performance.now() - t;
  t = performance.now();
  const samples = resample(audio.samples, audio.rate, SPEECH_RATE);
  const resampleMs = performance.now() - t;
  t = performance.now();
  const chunks = speechChunks(samples);
  const chunkMs = performance.now() - t;
  t = performance.now();
  // The run itself finds the chunks again; what it adds beyond that is its bookkeeping.
  await transcribeRecording(samples, { engine: { transcribe: async () => [] }, language: 'id', onCheckpoint: (c) => void JSON.stringify(c) });
  const runMs = performance.now() - t - chunkMs;
  const total = readMs + resampleMs + chunkMs + Math.max(0, runMs);
  t = performance.now();
  await wavWaveform(file.length, (from, to) => file.slice(from, to), 'jam.wav');
  const waveformMs = performance.now() - t;
  return { readMs, resampleMs, chunkMs, runMs, chunks: chunks.length, sharePercent: (100 * total) / 3_600_000, waveformMs };
}
