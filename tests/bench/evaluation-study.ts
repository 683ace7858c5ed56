/**
 * A generated evaluation study for benchmarks, shaped like a national programme review:
 * FGDs in many kabupaten/kota, each with a moderator, five or six assistants (Pendamping
 * PKH and TKSK) and sometimes a Dinas Sosial officer, turns of real lengths drawn from the
 * Indonesian vocabulary of `long-study.ts`, and coded segments spread over every session
 * and all 32 codes (word-aligned quotes of 4–20 words, a few with two codes, some coded
 * for an assistant type by hand, a second coder on a tenth of them), with a summary and
 * exemplars in every cell. Seeded, so every run measures the same study.
 *
 * `evaluationStudy(40)` is the size the speed targets are set for: 40 sessions, about
 * 9,800 turns, 390,000 words and 20,000 coded segments; `evaluationStudy(10)` the
 * mid-size one beside it.
 */
import { listCodes } from '../../shared/codebook.ts';
import type { CellSummary, Participant, Project, Segment, Session, Turn } from '../../shared/model.ts';
import { NO_CONSENT } from '../../shared/participants.ts';
import { createStudy } from '../../shared/study.ts';
import { randomSource } from '../unit/fuzz/malform.ts';
import { vocabulary } from './long-study.ts';

const CITIES = ['Bekasi', 'Banjar', 'Garut', 'Bandung', 'Bogor', 'Cirebon', 'Tasikmalaya', 'Sukabumi', 'Depok', 'Karawang', 'Subang', 'Indramayu', 'Kuningan', 'Majalengka', 'Sumedang', 'Purwakarta', 'Ciamis', 'Cianjur', 'Pangandaran', 'Cimahi'];
const GIVEN = ['Sari', 'Dedi', 'Rina', 'Joko', 'Hendra', 'Wati', 'Agus', 'Yanti', 'Budi', 'Nining', 'Asep', 'Euis', 'Dadang', 'Lilis', 'Ujang', 'Neneng', 'Iwan', 'Tuti', 'Ade', 'Imas'];

export const TURNS_PER_SESSION = 246;
export const SEGMENTS_PER_SESSION = 455;

function uuid(next: () => number): string {
  const hex = () => Math.floor(next() * 16).toString(16);
  return Array.from({ length: 32 }, hex).join('').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-4$3-a$4-$5').slice(0, 36);
}

export function evaluationStudy(sessionCount: number, seed = 11): Project {
  const next = randomSource(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const vocab = vocabulary();
  const study = { ...createStudy(`Evaluasi e-Warong KUBE (${sessionCount} FGD)`, 2024, new Date(Date.UTC(2024, 0, 1))), id: uuid(next) };
  study.coders = [{ name: 'Ani', color: '#2563eb' }, { name: 'Budi', color: '#c2410c' }];
  study.attributes = ['jenis kelamin', 'lama bertugas'];
  const codes = listCodes(study.codebook).map((c) => c.code);
  const sessions: Session[] = [];
  const participants: Participant[] = [];
  const turns: Turn[] = [];
  const segments: Segment[] = [];
  let pseudonym = 0;
  let coded = 0;

  for (let s = 0; s < sessionCount; s++) {
    const city = CITIES[s % CITIES.length]!;
    const session: Session = { id: uuid(next), studyId: study.id, title: `FGD ${city} ${Math.floor(s / CITIES.length) + 1}`, date: `2024-${String((s % 12) + 1).padStart(2, '0')}-15`, place: `Kantor Dinas Sosial ${city}`, moderator: 'Tim peneliti', noteTaker: 'Tim peneliti', memo: '', roster: [], createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, s)).toISOString() };
    sessions.push(session);
    const people: Participant[] = [];
    const person = (label: string, assistantType: string | null, affiliation: string) => {
      // Two attributes of the study's own, for comparing groups by them: taken from the label and the session, no random draw.
      const attributes = { 'jenis kelamin': label.startsWith('Bu ') ? 'perempuan' : 'laki-laki', 'lama bertugas': `${(s % 3) * 3 + 1}–${(s % 3) * 3 + 3} tahun` };
      const p: Participant = { id: uuid(next), studyId: study.id, label, pseudonym: `P${String(++pseudonym).padStart(2, '0')}`, realName: '', assistantType, site: city, affiliation, consent: { ...NO_CONSENT }, attributes };
      participants.push(p);
      people.push(p);
      return p;
    };
    const moderator = person(`Moderator ${city} ${s + 1}`, null, 'Tim peneliti');
    const speakers = Array.from({ length: 5 + (s % 2) }, (_, i) => person(`${i % 2 ? 'Pak' : 'Bu'} ${GIVEN[(s * 3 + i) % GIVEN.length]} ${s + 1}`, i % 2 ? 'TKSK' : 'PKH', i % 2 ? 'TKSK Kecamatan' : 'Pendamping PKH'));
    if (s % 3 === 0) speakers.push(person(`Pak Kabid ${city} ${s + 1}`, null, `Dinas Sosial ${city}`));

    const sessionTurns: Turn[] = [];
    for (let i = 0; i < TURNS_PER_SESSION; i++) {
      const speaker = i % 4 === 0 ? moderator : pick(speakers);
      // Log-normal lengths around 30 words for the assistants, shorter questions from the moderator.
      const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      const length = Math.max(2, Math.min(400, Math.round(Math.exp((speaker === moderator ? 2.4 : 3.62) + 0.7 * normal))));
      const words = Array.from({ length }, () => pick(vocab)).join(' ');
      const turn: Turn = { id: uuid(next), sessionId: session.id, order: i + 1, speakerId: speaker.id, timestamp: i * 15, text: `${words[0]!.toUpperCase()}${words.slice(1)}.` };
      turns.push(turn);
      sessionTurns.push(turn);
    }
    const spoken = sessionTurns.filter((t) => t.speakerId !== moderator.id);
    for (let k = 0; k < SEGMENTS_PER_SESSION; k++) {
      const turn = pick(spoken);
      const bounds = [...turn.text.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length] as const);
      const first = Math.floor(next() * Math.max(1, bounds.length - 4));
      const last = Math.min(bounds.length - 1, first + 3 + Math.floor(next() * 16));
      const start = bounds[first]![0];
      const end = bounds[last]![1];
      const code = codes[coded % codes.length]!;
      const second = next() < 0.1 ? codes[(coded * 7 + 3) % codes.length]! : null;
      const speaker = people.find((p) => p.id === turn.speakerId)!;
      const segment: Segment = {
        id: uuid(next), sessionId: session.id, turnId: turn.id, start, end, text: turn.text.slice(start, end),
        codes: second && second !== code ? [code, second] : [code],
        assistantType: speaker.assistantType === null ? pick(['PKH', 'TKSK']) : null,
        coder: 'Ani', memo: next() < 0.05 ? 'Contoh yang jelas untuk sel ini.' : '', createdAt: session.createdAt,
      };
      segments.push(segment);
      coded++;
      // A second coder codes a tenth of the same quotes, mostly alike.
      if (k % 10 === 0) segments.push({ ...segment, id: uuid(next), coder: 'Budi', codes: [next() < 0.8 ? code : pick(codes)] });
    }
  }

  const summaries: CellSummary[] = codes.flatMap((code) =>
    ['PKH', 'TKSK'].map((assistantType) => {
      const inCell = segments.filter((x) => x.coder === 'Ani' && x.codes.includes(code)).slice(0, 2);
      return { code, assistantType, text: `Ringkasan ${code} untuk ${assistantType}: ${Array.from({ length: 25 }, () => pick(vocab)).join(' ')}.`, exemplars: inCell.map((x) => x.id) };
    }),
  );
  return { study, sessions, participants, turns, segments, summaries };
}
