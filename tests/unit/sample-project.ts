/** Builds the realistic sample study of the test fixtures through the real importers. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importCodings } from '../../shared/formats/codings-csv.ts';
import { importParticipants } from '../../shared/formats/participants-csv.ts';
import { importSummaries } from '../../shared/formats/summaries-csv.ts';
import { parseTranscriptTxt } from '../../shared/formats/transcript-txt.ts';
import type { Project } from '../../shared/model.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { importTranscript } from '../../shared/transcript.ts';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
}

export function studyWithTranscript(): Project {
  let p = emptyProject(createStudy('Peran Pendamping Sosial dalam e-Warong KUBE', 2019));
  p = importParticipants(p, fixture('peserta.csv'), 'peserta.csv');
  return importTranscript(p, 'FGD Sukamaju', parseTranscriptTxt(fixture('fgd-sukamaju.txt'), 'fgd-sukamaju.txt'), 'fgd-sukamaju.txt');
}

export function codedStudy(): Project {
  const p = importCodings(studyWithTranscript(), fixture('koding.csv'), 'koding.csv');
  return importSummaries(p, fixture('ringkasan.csv'), 'ringkasan.csv');
}
