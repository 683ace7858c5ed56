/**
 * Every importer against thousands of malformed files generated from real ones: each
 * must either import or throw an ImportError (which names the file and, where it can,
 * the line) — never another exception, never hang. A failure prints the seed and the
 * mutation, so it can be replayed with `malformed([...], 1, seed)`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { beforeAll, describe, expect, it } from 'vitest';
import { codebookFromTemplate } from '../../../shared/codebooks/templates.ts';
import { exportCodebookCsv } from '../../../shared/formats/codebook-csv.ts';
import { parseCodebookFile, withImportedCodebook } from '../../../shared/formats/codebook-file.ts';
import { exportCodebookQdc } from '../../../shared/formats/codebook-qdc.ts';
import { exportCodings, importCodings } from '../../../shared/formats/codings-csv.ts';
import { ImportError } from '../../../shared/formats/import-error.ts';
import { exportParticipants, importParticipants } from '../../../shared/formats/participants-csv.ts';
import { parseProjectFile, writeProjectFile } from '../../../shared/formats/project-file.ts';
import { readQdpx } from '../../../shared/formats/qdpx-read.ts';
import { writeQdpx } from '../../../shared/formats/qdpx-write.ts';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readSpeakerMap } from '../../../shared/formats/speaker-map.ts';
import { exportSummaries, importSummaries } from '../../../shared/formats/summaries-csv.ts';
import { parseTranscriptFile, writeTranscriptFile } from '../../../shared/formats/transcript-file.ts';
import type { Project } from '../../../shared/model.ts';
import { createStudy, emptyProject } from '../../../shared/study.ts';
import { importTranscript, transcriptOf } from '../../../shared/transcript.ts';
import { codedStudy, fixture, studyWithTranscript } from '../sample-project.ts';
import { malformed, malformedBytes } from './malform.ts';

/** Inputs per importer; the mutations cycle, so each kind is tried about this / 16 times. */
const COUNT = 1000;
/** A hang guard, not a speed target: no single file may keep an importer busy this long. */
const HANG_MS = 5000;

const shared = (path: string) => fileURLToPath(new URL(`../../../../shared/formats/${path}`, import.meta.url));
const sharedFiles = (...paths: string[]) => paths.map(shared).filter(existsSync).map((p) => readFileSync(p, 'utf8'));

interface Outcome {
  imported: number;
  refused: number;
}

function fuzz(inputs: Iterable<{ seed: number; mutation: string }>, run: (input: never) => unknown): Outcome {
  const outcome = { imported: 0, refused: 0 };
  for (const input of inputs) {
    const start = performance.now();
    try {
      run(input as never);
      outcome.imported++;
    } catch (error) {
      if (!(error instanceof ImportError)) throw new Error(`seed ${input.seed} (${input.mutation}): ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      expect(error.message.startsWith(error.file)).toBe(true);
      outcome.refused++;
    }
    const took = performance.now() - start;
    if (took > HANG_MS) throw new Error(`seed ${input.seed} (${input.mutation}) kept the importer busy ${Math.round(took)} ms`);
  }
  return outcome;
}

/** Most malformed files are refused; some (a dropped line, a cut after a whole record) are still sound. */
function expectMostlyRefused(outcome: Outcome) {
  expect(outcome.imported + outcome.refused).toBe(COUNT);
  expect(outcome.refused).toBeGreaterThan(COUNT / 4);
}

let base: Project;
let coded: Project;

beforeAll(() => {
  base = studyWithTranscript();
  coded = codedStudy();
});

describe('fuzzing the CSV importers', () => {
  it('participants', () => {
    const valid = [fixture('peserta.csv'), exportParticipants(coded)];
    expectMostlyRefused(fuzz(malformed(valid, COUNT, 11), ({ text }: { text: string }) => importParticipants(emptyProject(createStudy('F', 2024)), text, 'peserta.csv')));
  }, 120_000);

  it('codings', () => {
    const valid = [fixture('koding.csv'), exportCodings(coded)];
    expectMostlyRefused(fuzz(malformed(valid, COUNT, 12), ({ text }: { text: string }) => importCodings(base, text, 'koding.csv')));
  }, 120_000);

  it('summaries', () => {
    const valid = [fixture('ringkasan.csv'), exportSummaries(coded)];
    expectMostlyRefused(fuzz(malformed(valid, COUNT, 13), ({ text }: { text: string }) => importSummaries(base, text, 'ringkasan.csv')));
  }, 120_000);

  it('speaker maps', () => {
    const turns = parseTranscriptFile('fgd-teams.vtt', fixture('fgd-teams.vtt'));
    const valid = ['label,participant\nModerator,Moderator\nBu Sari,Bu Sari\nPak Dedi,Pak Dedi\n'];
    const outcome = fuzz(malformed(valid, COUNT, 14), ({ text }: { text: string }) => readSpeakerMap(text, 'pembicara.csv', turns));
    expect(outcome.imported + outcome.refused).toBe(COUNT);
  }, 120_000);
});

describe('fuzzing the transcript importers', () => {
  const cases: [string, string[]][] = [
    ['fgd.txt', [fixture('fgd-sukamaju.txt')]],
    ['fgd.vtt', [fixture('fgd-teams.vtt'), ...sharedFiles('transcripts/example-transcript.vtt', 'transcripts/teams_timeframe.vtt', 'transcripts/jfk.vtt')]],
    ['fgd.srt', [fixture('fgd-otter.srt'), ...sharedFiles('transcripts/B2+80_otter_ai.srt', 'transcripts/jfk.srt')]],
    ['fgd.json', [fixture('fgd-whisperx.json'), ...sharedFiles('transcripts/jfk.json')]],
    ['fgd.otr', [fixture('fgd-otranscribe.otr'), ...sharedFiles('transcripts/input_otr.otr')]],
  ];
  for (const [name, valid] of cases) {
    it(`${name}`, () => {
      expectMostlyRefused(
        fuzz(malformed(valid, COUNT, name.length * 7 + name.charCodeAt(4)), ({ text }: { text: string }) => importTranscript(base, 'FGD uji', parseTranscriptFile(name, text), name)),
      );
    }, 120_000);
  }

  it('docx', async () => {
    const words = await writeTranscriptFile('docx', transcriptOf(coded, coded.sessions[0]!.id));
    const valid = [words as Uint8Array];
    expectMostlyRefused(fuzz(malformedBytes(valid, COUNT, 21), ({ bytes }: { bytes: Uint8Array }) => importTranscript(base, 'FGD uji', parseTranscriptFile('catatan.docx', bytes), 'catatan.docx')));
  }, 120_000);
});

describe('fuzzing the codebook and project importers', () => {
  it('codebook CSV', () => {
    const valid = [exportCodebookCsv(codebookFromTemplate('ewarong-kube')), exportCodebookCsv(codebookFromTemplate('pekerja-sosial'))];
    expectMostlyRefused(fuzz(malformed(valid, COUNT, 31), ({ text }: { text: string }) => withImportedCodebook(coded, parseCodebookFile(text, 'buku-kode.csv'), 'buku-kode.csv')));
  }, 120_000);

  it('codebook .qdc', () => {
    const valid = [exportCodebookQdc(codebookFromTemplate('ewarong-kube'), 'fuzz'), ...sharedFiles('refi-qda/example_codebook.qdc')];
    expectMostlyRefused(fuzz(malformed(valid, COUNT, 32), ({ text }: { text: string }) => parseCodebookFile(text, 'buku-kode.qdc')));
  }, 120_000);

  it('REFI-QDA projects (.qdpx)', () => {
    const valid = [writeQdpx(coded), writeQdpx(base)];
    expectMostlyRefused(fuzz(malformedBytes(valid, COUNT, 51), ({ bytes }: { bytes: Uint8Array }) => readQdpx(bytes, 'studi.qdpx')));
  }, 120_000);

  it('REFI-QDA project XML inside a sound archive', () => {
    const qde = strFromU8(unzipSync(writeQdpx(coded))['project.qde']!);
    expectMostlyRefused(fuzz(malformed([qde], COUNT, 52), ({ text }: { text: string }) => readQdpx(zipSync({ 'project.qde': strToU8(text) }), 'studi.qdpx')));
  }, 120_000);

  it('project files', () => {
    const valid = [writeProjectFile(coded), writeProjectFile(base)];
    expectMostlyRefused(fuzz(malformed(valid, COUNT, 41), ({ text }: { text: string }) => parseProjectFile(text, 'studi.telaah.json')));
  }, 120_000);
});
