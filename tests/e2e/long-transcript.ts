/** A long FGD transcript file written for a test: more turns than any real FGD has, their words varied as speech is. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WORDS = 'bantuan sosial penyaluran kartu terblokir pendamping kelompok pertemuan bulanan data verifikasi desa kecamatan warga miskin usulan musyawarah komitmen pendidikan kesehatan pencairan agen'.split(' ');

/** A turn's words, varied as speech is (storage compresses repeated text to almost nothing). */
export function sentence(n: number): string {
  let seed = n * 2654435761;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0), seed);
  return Array.from({ length: 14 }, () => `${WORDS[next() % WORDS.length]}${next() % 7 === 0 ? ` ${next() % 1000}` : ''}`).join(' ');
}

/** A long FGD transcript in the .txt format: the sample's speakers taking turns. */
export function longTranscript(turns: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'telaah-full-'));
  const file = join(dir, 'fgd-panjang.txt');
  const speakers = ['Moderator', 'Bu Sari', 'Pak Dedi'];
  const lines = Array.from({ length: turns }, (_, i) => `${speakers[i % 3]}: Pernyataan ke-${i + 1}: ${sentence(i)}.`);
  writeFileSync(file, lines.join('\n\n') + '\n');
  return file;
}
