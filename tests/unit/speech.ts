/**
 * Indonesian speech for the transcription tests, spoken by espeak-ng (Debian's
 * `espeak-ng`, voice `id`): sentences between silences of given lengths, at 16 kHz.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWav, resample, SPEECH_RATE } from '../../shared/transcription/audio.ts';

const hasTool = (tool: string) => {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export const hasEspeak = hasTool('espeak-ng');

/** Encoders for the compressed recordings (Debian's `lame` and `vorbis-tools`). */
export const encoders = { mp3: hasTool('lame'), ogg: hasTool('oggenc') };

/** A WAV file encoded as mp3 (lame) or Ogg Vorbis (oggenc), next to it; returns the new file's path. */
export function encodeRecording(wavFile: string, format: 'mp3' | 'ogg'): string {
  const out = wavFile.replace(/\.wav$/, `.${format}`);
  if (format === 'mp3') execFileSync('lame', ['--quiet', wavFile, out]);
  else execFileSync('oggenc', ['--quiet', '-o', out, wavFile]);
  return out;
}

/** One sentence as 16 kHz samples. */
export function spoken(sentence: string): Float32Array {
  const file = join(mkdtempSync(join(tmpdir(), 'telaah-speech-')), 'kalimat.wav');
  execFileSync('espeak-ng', ['-v', 'id', '-s', '150', '-w', file, sentence]);
  const audio = readWav(new Uint8Array(readFileSync(file)), file);
  return resample(audio.samples, audio.rate);
}

/** `lead` seconds of silence, then each sentence followed by `gaps[i]` seconds of silence; with where each sentence is. */
export function spokenRecording(sentences: readonly string[], gaps: readonly number[], lead = 1): { samples: Float32Array; said: { start: number; end: number }[] } {
  const parts: Float32Array[] = [new Float32Array(Math.round(lead * SPEECH_RATE))];
  const said: { start: number; end: number }[] = [];
  let at = lead;
  sentences.forEach((s, i) => {
    const voice = spoken(s);
    const gap = gaps[i % gaps.length]!;
    said.push({ start: at, end: at + voice.length / SPEECH_RATE });
    at += voice.length / SPEECH_RATE + gap;
    parts.push(voice, new Float32Array(Math.round(gap * SPEECH_RATE)));
  });
  const samples = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    samples.set(p, offset);
    offset += p.length;
  }
  return { samples, said };
}
