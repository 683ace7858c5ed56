/**
 * Files ten times larger than any real one, for the importers that once grew faster than
 * their input: an unlabelled Whisper draft of 100,000 segments with word times, a
 * participants CSV with 10,000 attribute columns, and another tool's .qdpx of one source
 * with 100,000 coded selections.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { importCodings } from '../../shared/formats/codings-csv.ts';
import { writeQdpx } from '../../shared/formats/qdpx-write.ts';
import { parseTranscriptFile } from '../../shared/formats/transcript-file.ts';
import type { Project } from '../../shared/model.ts';
import { createStudy, emptyProject } from '../../shared/study.ts';
import { importTranscript } from '../../shared/transcript.ts';

/** Whisper JSON of `n` segments without speakers, each with its three words timed. */
export function hugeWhisper(n: number): string {
  const segments = Array.from({ length: n }, (_, i) => ({
    start: i,
    end: i + 0.9,
    text: ` Kalimat ${i} tentang e-Warong.`,
    words: [
      { word: ' Kalimat', start: i, end: i + 0.3, probability: 0.9 },
      { word: ` ${i}`, start: i + 0.3, end: i + 0.6, probability: 0.8 },
      { word: ' tentang', start: i + 0.6, end: i + 0.9, probability: 0.95 },
    ],
  }));
  return JSON.stringify({ segments });
}

/** A participants CSV of `rows` people and `columns` attribute columns of the study's own. */
export function wideParticipants(rows: number, columns: number): string {
  const header = ['label', 'assistant_type', ...Array.from({ length: columns }, (_, i) => `atribut ${i}`)].join(',');
  const lines = Array.from({ length: rows }, (_, r) => [`Peserta ${r}`, r % 2 ? 'PKH' : 'TKSK', ...Array.from({ length: columns }, (_, i) => `nilai ${(r + i) % 7}`)].join(','));
  return `${[header, ...lines].join('\n')}\n`;
}

/** Another tool's .qdpx (not Telaah's own entry) of one source with `n` lines, each a coded selection. */
export function hugeOtherQdpx(n: number): Uint8Array {
  const empty = emptyProject(createStudy('Besar', 2024));
  const talk = Array.from({ length: n }, (_, i) => `Peserta ${i % 50}: Kalimat nomor ${i} tentang e-Warong.`).join('\n\n');
  let project: Project = importTranscript(empty, 'FGD', parseTranscriptFile('fgd.txt', talk), 'fgd.txt');
  const rows = Array.from({ length: n }, (_, i) => `FGD,Peserta ${i % 50},PKH,4.1.${(i % 8) + 1},Kalimat nomor ${i} ,`);
  project = importCodings(project, `session,speaker,assistant_type,code,text,memo\n${rows.join('\n')}\n`, 'koding.csv');
  const other: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(unzipSync(writeQdpx(project)))) {
    if (name.startsWith('telaah/')) continue;
    other[name] = name.endsWith('.qde') ? strToU8(strFromU8(bytes).replace(/origin="[^"]*"/, 'origin="NVivo 14"')) : bytes;
  }
  return zipSync(other);
}
