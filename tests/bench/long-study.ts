/** A generated four-hour FGD: 4,000 turns (~40,000 words) of Indonesian talk, for benchmarks. */

const SPEAKERS = ['Moderator', 'Bu Sari', 'Pak Dedi', 'Bu Rina', 'Pak Joko', 'Pak Hendra'];
const WORDS = 'kami mendampingi KPM saat pencairan bantuan di e-Warong dan mencatat stok beras setiap minggu bersama pengurus KUBE serta Dinas Sosial'.split(' ');

function stamp(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

export function longTranscript(turns = 4000, wordsPerTurn = 10): string {
  return Array.from({ length: turns }, (_, i) => {
    const words = Array.from({ length: wordsPerTurn }, (_, w) => WORDS[(i * 7 + w) % WORDS.length]).join(' ');
    return `[${stamp(i * 3)}] ${SPEAKERS[i % SPEAKERS.length]}: Giliran ${i + 1}, ${words}.`;
  }).join('\n\n');
}

/** Codings CSV: one row per coded turn of the long transcript (every other turn, the moderator left out). */
export function longCodings(turns = 4000): string {
  const rows = ['session,speaker,assistant_type,code,text,memo'];
  for (let i = 1; i < turns; i += 2) {
    const speaker = SPEAKERS[i % SPEAKERS.length];
    if (speaker === 'Moderator') continue;
    rows.push(`FGD panjang,${speaker},${speaker === 'Pak Hendra' ? 'TKSK' : ''},4.${(i % 4) + 1}.${(i % 8) + 1},"Giliran ${i + 1},",`);
  }
  return rows.join('\n') + '\n';
}

/** The same talk as WebVTT with MS Teams voice tags: one cue per turn. */
export function longVtt(turns = 4000, wordsPerTurn = 10): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const time = (s: number) => `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}.000`;
  const cues = Array.from({ length: turns }, (_, i) => {
    const words = Array.from({ length: wordsPerTurn }, (_, w) => WORDS[(i * 7 + w) % WORDS.length]).join(' ');
    return `${i + 1}\n${time(i * 3)} --> ${time(i * 3 + 3)}\n<v ${SPEAKERS[i % SPEAKERS.length]}>Giliran ${i + 1}, ${words}.</v>`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
