/**
 * Automatic transcription through the real whisper.cpp engine, end to end from the CLI:
 * a recording of Indonesian sentences spoken by espeak-ng between silences, and a
 * generated model with random weights in the real file format (scripts/whisper-test-model.ts),
 * so what it "hears" is meaningless but every step runs: model check, audio, chunks, the
 * engine, progress, the draft in the project file, cancel and resume.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run.ts';
import { whisperEngine } from '../../cli/whisper-engine.ts';
import { parseProjectFile } from '../../shared/formats/project-file.ts';
import { readWav, resample, SPEECH_RATE } from '../../shared/transcription/audio.ts';
import { transcribeRecording, type Checkpoint } from '../../shared/transcription/run.ts';
import { TINY_TEST_SHAPE, whisperTestModel } from '../../scripts/whisper-test-model.ts';
import { wav } from './wav.ts';

const hasEspeak = (() => {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const dir = mkdtempSync(join(tmpdir(), 'telaah-transcribe-'));
const model = join(dir, 'ggml-uji.bin');
const recording = join(dir, 'fgd.wav');
let seconds = 0;

beforeAll(() => {
  writeFileSync(model, whisperTestModel(TINY_TEST_SHAPE, ['selamat', 'pagi', 'pendamping', 'bantuan']));
  if (!hasEspeak) return;
  const sentences = ['Selamat pagi Bapak Ibu, terima kasih sudah hadir.', 'Saya pendamping PKH di Kecamatan Sukamaju.', 'Bantuan sosial kami salurkan lewat e-Warong.'];
  const parts: Float32Array[] = [new Float32Array(SPEECH_RATE)];
  // Three rounds of the sentences: a recording long enough for more than one 30-second chunk.
  for (const s of [...sentences, ...sentences, ...sentences]) {
    const file = join(dir, 'kalimat.wav');
    execFileSync('espeak-ng', ['-v', 'id', '-w', file, s]);
    const audio = readWav(new Uint8Array(readFileSync(file)), file);
    parts.push(resample(audio.samples, audio.rate), new Float32Array(Math.round(2.5 * SPEECH_RATE)));
  }
  const samples = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) samples.set(p, at), (at += p.length);
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
    expect(again.stderr).toContain('already has a transcript; add --into replace');
  }, 120_000);

  it('refuses a file that is no model and a recording that is no WAV, changing nothing', async () => {
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
    expect(wrongAudio.stderr).toBe('rekaman.mp3: not a WAV file (RIFF/WAVE)');
    expect(readFileSync(project, 'utf8')).toBe(before);
  }, 60_000);

  it('stops when cancelled and resumes from the last finished chunk to the same draft', async () => {
    const audio = readWav(new Uint8Array(readFileSync(recording)), 'fgd.wav');
    const engine = await whisperEngine(model);
    try {
      const whole = await transcribeRecording(audio.samples, { engine, language: 'id' });
      expect(whole.checkpoint.chunks.length).toBeGreaterThan(1);
      const controller = new AbortController();
      let kept: Checkpoint | null = null;
      const stopped = await transcribeRecording(audio.samples, {
        engine,
        language: 'id',
        signal: controller.signal,
        onCheckpoint: (c) => {
          kept = c;
          controller.abort();
        },
      });
      expect(stopped.cancelled).toBe(true);
      expect(Object.keys(kept!.done)).toHaveLength(1);
      const resumed = await transcribeRecording(audio.samples, { engine, language: 'id', resume: kept });
      expect(resumed.cancelled).toBe(false);
      expect(resumed.segments).toEqual(whole.segments);
    } finally {
      await engine.release();
    }
  }, 120_000);
});
