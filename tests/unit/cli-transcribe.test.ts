/**
 * Automatic transcription through the real whisper.cpp engine, end to end from the CLI:
 * a recording of Indonesian sentences spoken by espeak-ng between silences, and a
 * generated model with random weights in the real file format (scripts/whisper-test-model.ts),
 * so what it "hears" is meaningless but every step runs: model check, audio, chunks, the
 * engine, progress, the draft in the project file, cancel and resume.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run.ts';
import { whisperEngine } from '../../cli/whisper-engine.ts';
import { parseProjectFile, readProjectFile } from '../../shared/formats/project-file.ts';
import { checkpointPath } from '../../cli/transcribe.ts';
import { readWav, resample, SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { audioFingerprint, transcribeRecording, type Checkpoint } from '../../shared/transcription/run.ts';
import { TINY_TEST_SHAPE, whisperTestModel } from '../../scripts/whisper-test-model.ts';
import { encodeRecording, encoders, hasEspeak, spokenRecording } from './speech.ts';
import { wav } from './wav.ts';

const dir = mkdtempSync(join(tmpdir(), 'telaah-transcribe-'));
const model = join(dir, 'ggml-uji.bin');
const recording = join(dir, 'fgd.wav');
let seconds = 0;

beforeAll(() => {
  writeFileSync(model, whisperTestModel(TINY_TEST_SHAPE, ['selamat', 'pagi', 'pendamping', 'bantuan']));
  if (!hasEspeak) return;
  const sentences = ['Selamat pagi Bapak Ibu, terima kasih sudah hadir.', 'Saya pendamping PKH di Kecamatan Sukamaju.', 'Bantuan sosial kami salurkan lewat e-Warong.'];
  // Three rounds of the sentences: a recording long enough for more than one 30-second chunk.
  const { samples } = spokenRecording([...sentences, ...sentences, ...sentences], [2.5]);
  seconds = samples.length / SPEECH_RATE;
  writeFileSync(recording, wav([samples], SPEECH_RATE, 16));
}, 60_000);

function freshProject(): string {
  const path = join(mkdtempSync(join(dir, 'p-')), 'studi.telaah.json');
  return path;
}

describe.skipIf(!hasEspeak)('transcribing a recording with whisper.cpp', () => {
  it('writes a draft of unchecked turns into the session, with times inside the recording', async () => {
    const project = freshProject();
    expect((await runCli(['init', project, '--title', 'Studi suara'])).code).toBe(0);
    const result = await runCli(['transcribe', project, recording, '--session', 'FGD Sukamaju', '--model', model]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^fgd\.wav: \d+ turns into "FGD Sukamaju", each marked unchecked$/);
    const saved = parseProjectFile(readFileSync(project, 'utf8'), 'studi.telaah.json');
    const turns = saved.turns.filter((t) => t.sessionId === saved.sessions[0]!.id).sort((a, b) => a.order - b.order);
    expect(turns.length).toBeGreaterThan(0);
    expect(turns.every((t) => t.unchecked === true && t.speakerId === null && t.text.trim() !== '')).toBe(true);
    turns.forEach((t, i) => {
      expect(t.timestamp!).toBeGreaterThanOrEqual(0);
      expect(t.timestamp!).toBeLessThanOrEqual(seconds);
      if (i > 0) expect(t.timestamp!).toBeGreaterThanOrEqual(turns[i - 1]!.timestamp!);
    });
    // A second run into the same session asks before replacing it.
    const again = await runCli(['transcribe', project, recording, '--session', 'FGD Sukamaju', '--model', model]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has a transcript; add --into append to add the draft after it, or --into replace');
    // Added after what is there, numbered on from it.
    const appended = await runCli(['transcribe', project, recording, '--session', 'FGD Sukamaju', '--model', model, '--into', 'append']);
    expect(appended.code).toBe(0);
    const both = parseProjectFile(readFileSync(project, 'utf8'), 'studi.telaah.json').turns.sort((a, b) => a.order - b.order);
    expect(both).toHaveLength(turns.length * 2);
    expect(both.slice(0, turns.length).map((t) => t.id)).toEqual(turns.map((t) => t.id));
    expect(both.map((t) => t.order)).toEqual(both.map((_, i) => i + 1));
  }, 120_000);

  for (const format of ['mp3', 'ogg'] as const) {
    it.skipIf(!encoders[format])(`transcribes a recording compressed as ${format}, with times inside it`, async () => {
      const compressed = encodeRecording(recording, format);
      const project = freshProject();
      await runCli(['init', project]);
      const result = await runCli(['transcribe', project, compressed, '--session', 'FGD Sukamaju', '--model', model]);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^fgd\\.${format}: \\d+ turns into "FGD Sukamaju", each marked unchecked$`));
      const saved = parseProjectFile(readFileSync(project, 'utf8'), 'studi.telaah.json');
      expect(saved.turns.length).toBeGreaterThan(0);
      // An encoder may pad the start by a few milliseconds; nothing lands past the end.
      expect(saved.turns.every((t) => t.timestamp! >= 0 && t.timestamp! <= seconds + 0.2)).toBe(true);
    }, 120_000);
  }

  it('refuses a file that is no model and a recording that is no audio, changing nothing', async () => {
    const project = freshProject();
    await runCli(['init', project]);
    const before = readFileSync(project, 'utf8');
    const notModel = join(dir, 'bukan-model.bin');
    writeFileSync(notModel, 'PK\u0003\u0004 bukan model');
    const wrongModel = await runCli(['transcribe', project, recording, '--session', 'FGD', '--model', notModel]);
    expect(wrongModel.stderr).toBe('bukan-model.bin: not a whisper.cpp model file (ggml); choose a ggml-*.bin file such as ggml-small.bin');
    const mp3 = join(dir, 'rekaman.mp3');
    writeFileSync(mp3, 'ID3\u0003 bukan wav');
    const wrongAudio = await runCli(['transcribe', project, mp3, '--session', 'FGD', '--model', model]);
    expect(wrongAudio.stderr).toBe('rekaman.mp3: not an audio file Telaah can read; use wav, mp3, m4a, aac, ogg, opus, flac or webm');
    const text = join(dir, 'catatan.m4a');
    writeFileSync(text, 'Catatan lapangan, bukan rekaman.\n'.repeat(200));
    expect((await runCli(['transcribe', project, text, '--session', 'FGD', '--model', model])).stderr).toBe('catatan.m4a: not an audio file Telaah can read; use wav, mp3, m4a, aac, ogg, opus, flac or webm');
    expect(readFileSync(project, 'utf8')).toBe(before);
  }, 60_000);

  it('refuses a model whose body is not what its header promises, and recordings no recorder makes, with the file named and no stack', async () => {
    const project = freshProject();
    await runCli(['init', project]);
    const before = readFileSync(project, 'utf8');
    const good = readFileSync(model);
    // A sound header over random bytes of the right length, and a 48-byte file.
    const garbage = new Uint8Array(good.length);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
    garbage.set(good.subarray(0, 48));
    const garbled = join(dir, 'ggml-acak.bin');
    writeFileSync(garbled, garbage);
    const tiny = join(dir, 'ggml-48.bin');
    writeFileSync(tiny, good.subarray(0, 48));
    const wavOf = (channels: number, rate: number, samples: number) => {
      const header = wav([new Float32Array(samples)], 16000, 16);
      const view = new DataView(header.buffer, header.byteOffset);
      view.setUint16(22, channels, true);
      view.setUint32(24, rate, true);
      return header;
    };
    const cases: [string, Uint8Array | null, string][] = [
      ['ggml-acak.bin', null, 'ggml-acak.bin: the speech engine could not load this model file'],
      ['ggml-48.bin', null, 'ggml-48.bin: the model file is cut short (48 bytes'],
      ['kosong.wav', wavOf(1, 16000, 0), 'kosong.wav: the recording holds no sound'],
      ['nol-kanal.wav', wavOf(0, 16000, 100), 'nol-kanal.wav: a WAV of 0 channel(s) at 16000 Hz is no recording'],
      ['satu-hz.wav', wavOf(1, 1, 100), 'satu-hz.wav: a WAV of 1 channel(s) at 1 Hz is no recording'],
      ['empat-ghz.wav', wavOf(1, 4_000_000_000, 100), 'empat-ghz.wav: a WAV of 1 channel(s) at 4000000000 Hz is no recording'],
      ['terpotong.wav', wav([new Float32Array(100)], 16000, 16).subarray(0, 30), 'terpotong.wav: the WAV file is cut short inside its header'],
    ];
    for (const [name, bytes, message] of cases) {
      const path = join(dir, name);
      if (bytes) writeFileSync(path, bytes);
      const modelFile = bytes ? model : path;
      const result = await runCli(['transcribe', project, bytes ? path : recording, '--session', 'FGD', '--model', modelFile]);
      expect(result.code).toBe(1);
      expect(result.stderr.startsWith(message)).toBe(true);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const device = await runCli(['transcribe', project, '/dev/zero', '--session', 'FGD', '--model', model]);
    expect(device.stderr).toBe('/dev/zero: not a file Telaah can read (a folder or a device)');
    expect(readFileSync(project, 'utf8')).toBe(before);
  }, 120_000);

  it('a checkpoint beside the project of the wrong shape, or with a time outside the recording, is not resumed from', async () => {
    const audio = readWav(new Uint8Array(readFileSync(recording)), 'fgd.wav');
    const fingerprint = audioFingerprint(resample(audio.samples, audio.rate, SPEECH_RATE));
    const forged = [
      { audio: fingerprint, language: 'id', chunks: 5, done: {} },
      { audio: fingerprint, language: 'id', chunks: [{ start: 0, end: seconds }], done: { 0: [{ text: 'Palsu', start: -5, end: 1 }] } },
    ];
    for (const checkpoint of forged) {
      const project = freshProject();
      await runCli(['init', project]);
      writeFileSync(checkpointPath(project, 'FGD'), JSON.stringify(checkpoint));
      const result = await runCli(['transcribe', project, recording, '--session', 'FGD', '--model', model]);
      expect(result.code).toBe(0);
      const { project: saved, setAside } = readProjectFile(readFileSync(project, 'utf8'), 'studi.telaah.json');
      expect(setAside).toEqual([]);
      expect(saved.turns.length).toBeGreaterThan(0);
      expect(saved.turns.every((t) => t.timestamp !== null && t.timestamp >= 0 && t.timestamp <= seconds && t.text !== 'Palsu')).toBe(true);
    }
  }, 120_000);

  it('stops when cancelled and resumes from the last finished chunk, not doing it again', async () => {
    const audio = readWav(new Uint8Array(readFileSync(recording)), 'fgd.wav');
    const engine = await whisperEngine(model);
    let calls = 0;
    const counted = { transcribe: (...args: Parameters<typeof engine.transcribe>) => (calls++, engine.transcribe(...args)) };
    try {
      const controller = new AbortController();
      let kept: Checkpoint | null = null;
      const stopped = await transcribeRecording(audio.samples, {
        engine: counted,
        language: 'id',
        signal: controller.signal,
        onCheckpoint: (c) => {
          kept = c;
          controller.abort();
        },
      });
      expect(stopped.cancelled).toBe(true);
      expect(calls).toBe(1);
      const chunks = kept!.chunks.length;
      expect(chunks).toBeGreaterThan(1);
      calls = 0;
      const resumed = await transcribeRecording(audio.samples, { engine: counted, language: 'id', resume: kept });
      expect(resumed.cancelled).toBe(false);
      expect(calls).toBe(chunks - 1);
      // The finished chunk's words come from the checkpoint, the rest from this run, in order.
      expect(resumed.segments.slice(0, kept!.done[0]!.length)).toEqual(kept!.done[0]);
      expect(resumed.segments.length).toBeGreaterThan(kept!.done[0]!.length);
      resumed.segments.forEach((s, i) => i > 0 && expect(s.start).toBeGreaterThanOrEqual(resumed.segments[i - 1]!.start));
    } finally {
      await engine.release();
    }
  }, 120_000);
});
