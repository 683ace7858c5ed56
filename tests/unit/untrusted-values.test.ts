/**
 * Values no importer takes, at every door: transcript files with a time outside the
 * recording are refused naming the file (and line or segment); a stored study holding
 * such a time, or a name that breaks the name rules, still opens, the value set aside or
 * mended and its place named; a transcription checkpoint of the wrong shape or with bad
 * times is not resumed from.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run.ts';
import { ImportError } from '../../shared/formats/import-error.ts';
import { parseProjectFile, readProjectFile, writeProjectFile } from '../../shared/formats/project-file.ts';
import { parseTranscriptFile } from '../../shared/formats/transcript-file.ts';
import { MAX_RECORDING_SECONDS } from '../../shared/recording-time.ts';
import { readCheckpoint } from '../../shared/transcription/checkpoint.ts';
import { studyWithTranscript } from './sample-project.ts';

const whisper = (segments: unknown[]) => JSON.stringify({ text: '', segments });
const segment = (start: unknown, end: unknown, text = ' Selamat pagi.') => ({ id: 0, start, end, text });

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('a transcript with a time outside the recording is refused at the door', () => {
  it('Whisper JSON: a negative, huge or infinite start or end names the segment', () => {
    const good = segment(0, 2);
    for (const [start, end] of [[-5, 1], [1e308, 1e308], [1, -0.5], [MAX_RECORDING_SECONDS + 1, MAX_RECORDING_SECONDS + 2]]) {
      const error = refusal(() => parseTranscriptFile('draf.json', whisper([good, segment(start, end)])));
      expect(error.message).toMatch(/^draf\.json: segments\[1\]: (start|end) .* is not a time in the recording/);
    }
    // JSON's 1e400 is Infinity once parsed; still a refusal, not a crash.
    expect(refusal(() => parseTranscriptFile('draf.json', '{"segments":[{"start":1e400,"end":1e400,"text":"a"}]}')).message).toContain('segments[0]: start Infinity');
  });

  it('Whisper JSON: a word with a time outside the recording names its segment and word', () => {
    const words = [{ word: ' Selamat', start: 0, end: 0.5 }, { word: ' pagi', start: -3, end: 1 }];
    expect(refusal(() => parseTranscriptFile('draf.json', whisper([{ ...segment(0, 2), words }]))).message).toContain('segments[0]: words[1].start -3');
  });

  it('WebVTT, SubRip and oTranscribe: hours no recording has are refused with the line', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nSiti: Selamat pagi.\n\n9999999:00:00.000 --> 9999999:00:01.000\nSiti: Terima kasih.\n';
    expect(refusal(() => parseTranscriptFile('fgd.vtt', vtt)).message).toBe('fgd.vtt:6: 35999996400 is not a time in the recording (0 to 99:59:59)');
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nSiti: Selamat pagi.\n\n2\n100:00:00,000 --> 100:00:01,000\nSiti: Lagi.\n';
    expect(refusal(() => parseTranscriptFile('fgd.srt', srt)).message).toMatch(/^fgd\.srt:6: 360000 is not a time/);
    const otr = JSON.stringify({ text: '<p><span class="timestamp" data-timestamp="99999999999999999999">0</span>Siti: Halo</p>' });
    expect(refusal(() => parseTranscriptFile('fgd.otr', otr)).message).toMatch(/^fgd\.otr: 100000000000000000000 is not a time in the recording/);
  });

  it('the longest time a transcript writes is still accepted, and a time of zero', () => {
    const turns = parseTranscriptFile('draf.json', whisper([segment(0, 1), segment(MAX_RECORDING_SECONDS - 1, MAX_RECORDING_SECONDS, ' Akhir.')]), { gapSeconds: 2 });
    expect(turns.map((t) => t.timestamp)).toEqual([0, MAX_RECORDING_SECONDS - 1]);
  });
});

/** The sample study's project file with its first turn's time (and, if given, words) replaced by what an older Telaah could store. */
function storedWith(timestamp: unknown, words?: unknown[]): string {
  const json = JSON.parse(writeProjectFile(studyWithTranscript()));
  json.turns[2].timestamp = timestamp;
  if (words) json.turns[2].words = words;
  return JSON.stringify(json, null, 2);
}

describe('a stored study with a bad time still opens, the value set aside and its place said', () => {
  it('a negative or huge turn time becomes no time; every other turn and its text is kept', () => {
    const sound = studyWithTranscript();
    for (const bad of [-5, 1e308, '00:01:02', true]) {
      const { project, setAside } = readProjectFile(storedWith(bad), 'studi.telaah.json');
      expect(setAside.map((e) => e.message)).toEqual([`studi.telaah.json: turns[2].timestamp: ${typeof bad === 'string' ? JSON.stringify(bad) : bad} is not a time in the recording; set aside, the turn is kept without a time`]);
      expect(project.turns).toHaveLength(sound.turns.length);
      expect(project.turns.map((t) => t.text).sort()).toEqual(sound.turns.map((t) => t.text).sort());
      expect(project.turns.filter((t) => t.timestamp === null)).toHaveLength(sound.turns.filter((t) => t.timestamp === null).length + 1);
      // Saved again, it is sound: nothing left to set aside.
      expect(readProjectFile(writeProjectFile(project), 'lagi.telaah.json').setAside).toEqual([]);
    }
  });

  it('a word without a time in the recording is left out of the turn\'s words, the others kept', () => {
    const words = [{ text: 'Selamat', start: 1, end: 1.4 }, { text: 'pagi', start: -2, end: 1.8 }, { text: 'semua', start: 2, end: 1 }, { text: 'ya', start: 2.1, end: 2.3 }];
    const { project, setAside } = readProjectFile(storedWith(1, words), 'studi.telaah.json');
    expect(setAside.map((e) => e.message)).toEqual([
      'studi.telaah.json: turns[2].words[1]: the word "pagi" has no time in the recording (-2–1.8); set aside, its text stays in the turn',
      'studi.telaah.json: turns[2].words[2]: the word "semua" has no time in the recording (2–1); set aside, its text stays in the turn',
    ]);
    const turn = project.turns.find((t) => t.timestamp === 1)!;
    expect(turn.words!.map((w) => w.text)).toEqual(['Selamat', 'ya']);
  });

  it('every CLI command runs on such a file, telling on stderr what was set aside', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-times-'));
    const file = join(dir, 'studi.telaah.json');
    writeFileSync(file, storedWith(-5));
    const out = join(dir, 'fgd.txt');
    const exported = await runCli(['export-transcript', file, '--session', 'FGD Sukamaju', '--out', out]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toBe('studi.telaah.json: turns[2].timestamp: -5 is not a time in the recording; set aside, the turn is kept without a time');
    expect(readFileSync(out, 'utf8')).not.toContain('-5');
    // A command that saves writes the study sound again.
    const csv = join(dir, 'peserta.csv');
    writeFileSync(csv, 'label,pseudonym,assistant_type,site,affiliation\nBaru,P99,PKH,Sukamaju,Dinsos\n');
    const saved = await runCli(['import-participants', file, csv]);
    expect(saved.code).toBe(0);
    expect(readProjectFile(readFileSync(file, 'utf8'), 'studi.telaah.json').setAside).toEqual([]);
  });

  it('importing a Whisper draft with a negative time through the CLI is refused and leaves the study as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'telaah-times-'));
    const file = join(dir, 'studi.telaah.json');
    writeFileSync(file, writeProjectFile(studyWithTranscript()));
    const before = readFileSync(file, 'utf8');
    const draft = join(dir, 'draf.json');
    writeFileSync(draft, whisper([segment(0, 2), segment(-5, 3)]));
    const result = await runCli(['import-transcript', file, draft, '--session', 'FGD Baru']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^draf\.json: segments\[1\]: start -5 is not a time in the recording/);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(parseProjectFile(before, 'studi.telaah.json').sessions).toHaveLength(1);
  });
});

describe('a transcription checkpoint is read by the same rules', () => {
  const sound = { audio: '16000:abc', language: 'id', chunks: [{ start: 0.5, end: 20 }, { start: 21, end: 40 }], done: { 0: [{ text: 'Selamat pagi.', start: 0.6, end: 2, words: [{ text: 'Selamat', start: 0.6, end: 1.1, p: 0.9 }] }] } };

  it('a sound checkpoint reads back as it was written', () => {
    expect(readCheckpoint(JSON.stringify(sound))).toEqual({ checkpoint: sound });
  });

  it('one of the wrong shape, or with a time outside the recording, is damaged, with why', () => {
    const cases: [unknown, string][] = [
      [{ ...sound, chunks: 5 }, 'chunks is not a list'],
      [{ ...sound, chunks: [{ start: -1, end: 3 }] }, 'chunks[0] is not a stretch of the recording'],
      [{ ...sound, done: { 0: [{ text: 'x', start: -5, end: 1 }] } }, 'done.0[0] is not a stretch of the recording'],
      [{ ...sound, done: { 7: [] } }, 'done.7 is no chunk'],
      [{ ...sound, done: { 0: 'x' } }, 'done.0 is not a list'],
      [{ ...sound, audio: 3 }, 'audio is not text'],
      [[], 'the checkpoint is not an object'],
    ];
    for (const [stored, why] of cases) expect(readCheckpoint(JSON.stringify(stored))).toEqual({ damaged: why });
    expect(readCheckpoint('{"chunks": [')).toEqual({ damaged: 'it is not JSON' });
  });

  it('a word with a bad time is left out of a segment that is otherwise sound', () => {
    const stored = { ...sound, done: { 0: [{ ...sound.done[0][0], words: [{ text: 'x', start: 1e308, end: 1e308 }, { text: 'pagi', start: 1.2, end: 1.6 }] }] } };
    const read = readCheckpoint(JSON.stringify(stored));
    expect('checkpoint' in read && read.checkpoint.done[0]![0]!.words).toEqual([{ text: 'pagi', start: 1.2, end: 1.6 }]);
  });
});

describe('names a stored study holds that no importer would take', () => {
  it('are mended and said where: a 2,000-character label, a line break, a colon, a control character', () => {
    const json = JSON.parse(writeProjectFile(studyWithTranscript()));
    json.participants[0].label = `Bu ${'Sariyem'.repeat(300)}`;
    json.participants[1].label = 'Pak\nDedi';
    json.participants[2].pseudonym = 'P:03';
    json.study.coders = [{ name: 'Ani\u0007', color: '#112233' }];
    const { project, setAside } = readProjectFile(JSON.stringify(json), 'studi.telaah.json');
    expect(project.participants[0]!.label).toHaveLength(200);
    expect(project.participants[1]!.label).toBe('Pak Dedi');
    expect(project.participants[2]!.pseudonym).toBe('P-03');
    expect(project.study.coders[0]!.name).toBe('Ani');
    expect(setAside.map((e) => e.message.split(':')[1]!.trim())).toEqual(['study.coders[0].name', 'participants[0].label', 'participants[1].label', 'participants[2].pseudonym']);
    // Saved again, it opens without anything to mend.
    expect(readProjectFile(writeProjectFile(project), 'lagi.telaah.json').setAside).toEqual([]);
  });
});
