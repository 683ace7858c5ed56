/**
 * The transcription run over a speech engine. The engine here is a stand-in that "hears"
 * each chunk as words stamped with where they fall (whisper.cpp itself is not bundled
 * yet); what is tested is Telaah's part: chunks, times, progress, cancel, resume, tidying
 * and the draft.
 */
import { describe, expect, it } from 'vitest';
import { SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { audioFingerprint, draftTurns, fromTokens, transcribeRecording, type SpeechEngine, type SpeechSegment } from '../../shared/transcription/run.ts';
import { randomSource } from './fuzz/malform.ts';

/** Speech bursts between pauses, as in the chunking tests. */
function recording(parts: [number, boolean][], seed = 4): Float32Array {
  const next = randomSource(seed);
  const total = parts.reduce((n, [s]) => n + s, 0);
  const samples = new Float32Array(Math.round(total * SPEECH_RATE));
  let at = 0;
  for (const [seconds, voiced] of parts) {
    const from = Math.round(at * SPEECH_RATE);
    for (let i = from; i < Math.round((at + seconds) * SPEECH_RATE); i++) {
      const envelope = voiced ? 0.15 + 0.15 * Math.abs(Math.sin((Math.PI * 4 * (i - from)) / SPEECH_RATE)) : 0;
      samples[i] = (next() - 0.5) * 0.002 + envelope * Math.sin((2 * Math.PI * 180 * i) / SPEECH_RATE);
    }
    at += seconds;
  }
  return samples;
}

/** A stand-in engine: one segment per 5 s it is given, saying how long its piece was, and a call count. */
function stampingEngine(extra: (piece: Float32Array) => SpeechSegment[] = () => []) {
  const calls: number[] = [];
  const engine: SpeechEngine = {
    async transcribe(samples, options, signal) {
      if (signal.aborted) throw new Error('aborted');
      calls.push(samples.length / SPEECH_RATE);
      const seconds = samples.length / SPEECH_RATE;
      const segments: SpeechSegment[] = [];
      for (let t = 0; t < seconds; t += 5) segments.push({ text: `kata ${options.language} ${Math.round(t)}`, start: t, end: Math.min(seconds, t + 4) });
      return [...segments, ...extra(samples)];
    },
  };
  return { engine, calls };
}

const parts = (): [number, boolean][] => {
  const next = randomSource(2);
  const out: [number, boolean][] = [];
  for (let i = 0; i < 24; i++) out.push([0.8 + next() * 3, false], [2 + next() * 12, true]);
  out.push([1, false]);
  return out;
};

describe('transcribing a recording chunk by chunk', () => {
  it('gives segments in the recording\'s time, in order, inside it, with progress up to the whole', async () => {
    const samples = recording(parts());
    const { engine, calls } = stampingEngine();
    const progress: number[] = [];
    const run = await transcribeRecording(samples, { engine, language: 'id', onProgress: (p) => progress.push(p.doneSeconds / p.totalSeconds) });
    expect(run.cancelled).toBe(false);
    expect(calls.length).toBe(run.checkpoint.chunks.length);
    expect(calls.every((s) => s <= 30.001)).toBe(true);
    const length = samples.length / SPEECH_RATE;
    run.segments.forEach((s, i) => {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(length);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
      if (i > 0) expect(s.start).toBeGreaterThanOrEqual(run.segments[i - 1]!.start);
    });
    expect(run.segments.every((s) => s.text.startsWith('kata id'))).toBe(true);
    expect(progress[0]).toBe(0);
    expect(progress[progress.length - 1]).toBeCloseTo(1, 9);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('stops when cancelled, keeps what was finished, and resumes from there without doing it again', async () => {
    const samples = recording(parts());
    const first = stampingEngine();
    const controller = new AbortController();
    let kept = null as Awaited<ReturnType<typeof transcribeRecording>>['checkpoint'] | null;
    const stopped = await transcribeRecording(samples, {
      engine: first.engine,
      language: 'id',
      signal: controller.signal,
      onCheckpoint: (c) => {
        kept = c;
        if (Object.keys(c.done).length === 3) controller.abort();
      },
    });
    expect(stopped.cancelled).toBe(true);
    expect(first.calls).toHaveLength(3);
    expect(Object.keys(kept!.done)).toHaveLength(3);

    const second = stampingEngine();
    const resumed = await transcribeRecording(samples, { engine: second.engine, language: 'id', resume: kept });
    expect(resumed.cancelled).toBe(false);
    expect(second.calls).toHaveLength(resumed.checkpoint.chunks.length - 3);
    const whole = await transcribeRecording(samples, { engine: stampingEngine().engine, language: 'id' });
    expect(resumed.segments).toEqual(whole.segments);
  });

  it('starts again when the checkpoint is of another recording or language', async () => {
    const samples = recording(parts());
    const { engine } = stampingEngine();
    const done = await transcribeRecording(samples, { engine, language: 'id' });
    const other = recording(parts(), 8);
    expect(audioFingerprint(other)).not.toBe(audioFingerprint(samples));
    const again = stampingEngine();
    await transcribeRecording(other, { engine: again.engine, language: 'id', resume: done.checkpoint });
    expect(again.calls.length).toBeGreaterThan(0);
    const english = stampingEngine();
    await transcribeRecording(samples, { engine: english.engine, language: 'en', resume: done.checkpoint });
    expect(english.calls).toHaveLength(done.checkpoint.chunks.length);
  });

  it('leaves out non-speech marks and an engine looping on one phrase', async () => {
    const samples = recording([[1, false], [8, true], [1, false]]);
    const looping: SpeechSegment[] = [
      { text: '[BLANK_AUDIO]', start: 0, end: 1 },
      { text: ' (musik) ', start: 1, end: 2 },
      ...Array.from({ length: 6 }, (_, i) => ({ text: 'terima kasih', start: 2 + i * 0.5, end: 2.5 + i * 0.5 })),
    ];
    const { engine } = stampingEngine(() => looping);
    const run = await transcribeRecording(samples, { engine, language: 'id' });
    expect(run.segments.map((s) => s.text).filter((t) => t === 'terima kasih')).toHaveLength(2);
    expect(run.segments.some((s) => /BLANK|musik/.test(s.text))).toBe(false);
  });

  it('turns segments into a draft: a new turn at a pause longer than the gap, each with its start time and no speaker', () => {
    const turns = draftTurns([
      { text: 'Selamat pagi.', start: 1, end: 2 },
      { text: 'Mari kita mulai.', start: 2.5, end: 4 },
      { text: 'Saya pendamping PKH.', start: 8, end: 10 },
    ]);
    expect(turns.map((t) => [t.timestamp, t.speaker, t.text])).toEqual([
      [1, null, 'Selamat pagi. Mari kita mulai.'],
      [8, null, 'Saya pendamping PKH.'],
    ]);
  });
});

describe('whisper.cpp’s tokens as words and sentences', () => {
  const token = (text: string, t0: number, t1: number) => ({ text, t0, t1 });

  it('joins word pieces and punctuation to their words, and ends sentences at full stops and pauses', () => {
    const tokens = [
      token(' Dana', 1000, 1400),
      token(' P', 1500, 1700),
      token('KH', 1700, 2000),
      token(' cair', 2100, 2500),
      token('.', 2500, 2550),
      token(' [BLANK_AUDIO]', 2600, 3000),
      token(' Kami', 3000, 3300),
      token(' datang', 3300, 3800),
      token(' lagi', 5200, 5600),
    ];
    const segments = fromTokens(tokens);
    expect(segments.map((s) => [s.text, s.start, s.end])).toEqual([
      ['Dana PKH cair.', 1, 2.55],
      ['Kami datang', 3, 3.8],
      ['lagi', 5.2, 5.6],
    ]);
    expect(segments[0]!.words).toEqual([
      { text: 'Dana', start: 1, end: 1.4 },
      { text: 'PKH', start: 1.5, end: 2 },
      { text: 'cair.', start: 2.1, end: 2.55 },
    ]);
  });

  it('gives the draft’s turns their words in the recording’s time, through a run in chunks', async () => {
    const samples = recording(parts());
    // An engine that hears each chunk as two words, as tokens.
    const engine: SpeechEngine = {
      async transcribe(piece) {
        const seconds = piece.length / SPEECH_RATE;
        return fromTokens([token(' kata', 0, 300), token(' satu.', 300, Math.round(seconds * 1000))]);
      },
    };
    const run = await transcribeRecording(samples, { engine, language: 'id' });
    const turns = draftTurns(run.segments);
    const words = turns.flatMap((t) => t.words ?? []);
    expect(words.length).toBe(run.segments.length * 2);
    // Every word sits inside its chunk, in order, after the recording's lead-in.
    for (let i = 1; i < words.length; i++) expect(words[i]!.start).toBeGreaterThanOrEqual(words[i - 1]!.start);
    expect(words[0]!.start).toBeGreaterThan(0.5);
    expect(turns.every((t) => t.text === (t.words ?? []).map((w) => w.text).join(' '))).toBe(true);
  });
});
