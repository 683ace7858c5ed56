/**
 * A generated four-hour FGD for benchmarks: about 40,000 words of Indonesian talk over
 * some 4,000 turns whose lengths vary as real turns do (many short answers, some long
 * explanations), drawn from a vocabulary of thousands of word forms: the words of the
 * sample FGD with the affixes Indonesian builds its forms with. Seeded, so every run
 * types and scrolls the same text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TranscriptTurn } from '../../shared/formats/transcript-txt.ts';
import { randomSource } from '../unit/fuzz/malform.ts';

export const SPEAKERS = ['Moderator', 'Bu Sari', 'Pak Dedi', 'Bu Rina', 'Pak Joko', 'Pak Hendra'];

export function vocabulary(): string[] {
  const sample = readFileSync(fileURLToPath(new URL('../fixtures/fgd-sukamaju.txt', import.meta.url)), 'utf8');
  const roots = [...new Set(sample.toLowerCase().match(/\p{L}{3,}/gu) ?? [])];
  const forms = new Set<string>(roots);
  for (const root of roots) for (const form of [`di${root}`, `${root}nya`, `${root}kan`, `${root}an`, `pe${root}an`, `ber${root}`, `ke${root}an`, `ter${root}`, `se${root}`, `me${root}`]) forms.add(form);
  return [...forms];
}

/** Turns of a long FGD: `words` words in all, turn lengths log-normal around ten words. */
export function fgdTurns(words = 40_000, seed = 7): TranscriptTurn[] {
  const vocab = vocabulary();
  const next = randomSource(seed);
  const turns: TranscriptTurn[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    // Box–Muller: a normal deviate, so lengths are log-normal (median 8, a long tail).
    const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
    const length = Math.max(1, Math.min(words - total, Math.round(Math.exp(2.0 + 0.75 * normal))));
    const text = Array.from({ length }, () => vocab[Math.floor(next() * vocab.length)]!).join(' ');
    turns.push({ speaker: SPEAKERS[i % SPEAKERS.length]!, timestamp: i * 3, text: `${text[0]!.toUpperCase()}${text.slice(1)}.`, line: i + 1 });
    total += length;
  }
  return turns;
}

export function distinctWords(turns: readonly TranscriptTurn[]): number {
  return new Set(turns.flatMap((t) => t.text.toLowerCase().match(/\p{L}+/gu) ?? [])).size;
}

function stamp(seconds: number, fraction = ''): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}${fraction}`;
}

/** The FGD as a Telaah .txt transcript. */
export function longTranscript(words = 40_000): string {
  return fgdTurns(words)
    .map((t) => `[${stamp(t.timestamp!)}] ${t.speaker}: ${t.text}`)
    .join('\n\n');
}

/** The same talk as WebVTT with MS Teams voice tags: one cue per turn. */
export function longVtt(words = 40_000): string {
  const cues = fgdTurns(words).map((t, i) => `${i + 1}\n${stamp(t.timestamp!, '.000')} --> ${stamp(t.timestamp! + 3, '.000')}\n<v ${t.speaker}>${t.text}</v>`);
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** Codings CSV: the first words of `count` turns spread over the FGD (the moderator left out), across all 32 codes. */
export function longCodings(words = 40_000, session = 'FGD panjang', count = 2000): string {
  const rows = ['session,speaker,assistant_type,code,text,memo'];
  const turns = fgdTurns(words);
  const speaking = turns.filter((t) => t.speaker !== 'Moderator').length;
  const every = Math.max(1, speaking / count);
  let seen = 0;
  turns.forEach((turn, i) => {
    if (turn.speaker === 'Moderator' || rows.length > count) return;
    if (Math.floor(seen++ % every) !== 0) return;
    const quote = turn.text.split(' ').slice(0, 4).join(' ');
    rows.push(`${session},${turn.speaker},${turn.speaker === 'Pak Hendra' ? 'TKSK' : ''},4.${(i % 4) + 1}.${(i % 8) + 1},"${quote}",`);
  });
  return rows.join('\n') + '\n';
}
