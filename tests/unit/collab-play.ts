/**
 * A seeded run of five people on one shared session, doing what the app lets them do
 * (type, delete, split, join, add a turn, code, uncode, move a segment, write its memo,
 * set a speaker, replace across turns, undo, redo), their updates delivered in random
 * order with random delays. After each person's action, their screen must show what their
 * own document holds. The same seed plays the same run.
 */
import { expect, vi } from 'vitest';
import { randomSource } from './fuzz/malform.ts';
import { documentShows, storeShows, Team, type Member } from './collab-team.ts';
import { codedStudy } from './sample-project.ts';

type Random = () => number;
const int = (random: Random, n: number) => Math.floor(random() * n);
const pick = <T>(random: Random, items: readonly T[]): T | undefined => items[int(random, items.length)];
/** `at` moved to where a caret can stand in `text`: never between the two halves of an emoji. */
const snap = (text: string, at: number): number => (at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]!) ? at - 1 : at);
const caretIn = (random: Random, text: string): number => snap(text, int(random, text.length + 1));

const WORDS = ['bantuan', 'pendamping', 'KPM ', 'e-Warong', ' dan ', 'sosial', 'ya, ', 'PKH', 'TKSK', '. ', 'tidak ', 'desa', '😊', ' '];
const CODES = ['4.1.1', '4.1.3', '4.2.5', '4.3.2', '4.4.8'];

/** One thing a member does, chosen at random; the name says what, for a failing seed's story. */
function act(team: Team, member: Member, random: Random): string {
  const store = member.store;
  const order = store.order();
  const turnId = pick(random, order);
  const segments = store.segments();
  const segment = pick(random, segments);
  const text = turnId === undefined ? '' : store.get(turnId)!.turn.text;
  const at = caretIn(random, text);
  const roll = random();
  team.clock.now += int(random, 1500);
  if (turnId === undefined) return `add ${store.addTurn(null, null, null)}`;
  if (roll < 0.3) {
    const remove = random() < 0.3 ? snap(text, Math.min(text.length, at + 1 + int(random, 3))) - at : 0;
    store.splice(turnId, at, Math.max(0, remove), random() < 0.2 ? '' : pick(random, WORDS)!);
    return `type in ${turnId}@${at}`;
  }
  if (roll < 0.37) return `split ${turnId}@${at}: ${store.split(turnId, at)}`;
  if (roll < 0.43) return `join ${turnId}: ${store.joinWithPrevious(turnId)}`;
  if (roll < 0.47) return `add after ${turnId}: ${store.addTurn(turnId, null, null)}`;
  if (roll < 0.57 && text.length > 0) {
    const start = snap(text, int(random, text.length));
    const end = Math.max(start + 1, snap(text, start + 1 + int(random, text.length - start)));
    store.applyCode(turnId, { studyId: team.project.study.id, start, end, code: pick(random, CODES)!, coder: member.name });
    return `code ${turnId} ${start}-${end}`;
  }
  if (roll < 0.63 && segment) {
    store.removeCode(segment.id, segment.codes[0]!);
    return `uncode ${segment.id}`;
  }
  if (roll < 0.68 && segment) {
    const own = store.turnOfSegment(segment.id)!.turn.text;
    const start = caretIn(random, own);
    return `move ${segment.id}: ${store.setSegmentSpan(segment.id, start, snap(own, start + 1 + int(random, Math.max(1, own.length - start))))}`;
  }
  if (roll < 0.72 && segment) {
    store.setSegmentMemo(segment.id, `memo ${member.name} ${int(random, 100)}`);
    return `memo ${segment.id}`;
  }
  if (roll < 0.75) {
    store.setSpeaker(turnId, random() < 0.5 ? null : `speaker-${int(random, 3)}`);
    return `speaker ${turnId}`;
  }
  if (roll < 0.8) {
    const other = pick(random, order)!;
    const otherAt = caretIn(random, store.get(other)!.turn.text);
    return `replace ${turnId}@${at}..${other}@${otherAt}: ${store.replaceRange({ turnId, offset: at }, { turnId: other, offset: otherAt }, random() < 0.5 ? '' : pick(random, WORDS)!)}`;
  }
  if (roll < 0.92) return `undo: ${store.undo()}`;
  return `redo: ${store.redo()}`;
}

/** Delivers one update still on its way, chosen at random among all of them; a member who receives one shows it at once. */
function deliver(team: Team, random: Random, story: string[]): void {
  const queues = team.members.flatMap((m) => [
    ...m.outbox.map((_, i) => () => team.send(m, i)),
    ...m.inbox.map((_, i) => () => {
      team.receive(m, i);
      expect(storeShows(m), `${m.name} received an update after ${story.at(-1)}`).toEqual(documentShows(m.doc, team.sessionId));
    }),
  ]);
  pick(random, queues)?.();
}

export function play(seed: number, steps = 120): { team: Team; story: string[]; sessionId: string } {
  const random = randomSource(seed);
  // New turns and segments get ids from the seed too, so the same seed plays the same run.
  let ids = 0;
  vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`);
  try {
    const project = codedStudy();
    const sessionId = project.sessions[0]!.id;
    // A short session keeps collisions frequent: everyone works on the same few turns.
    const kept = new Set(project.turns.filter((t) => t.sessionId === sessionId).slice(0, 4).map((t) => t.id));
    const team = new Team({ ...project, turns: project.turns.filter((t) => kept.has(t.id)), segments: project.segments.filter((s) => kept.has(s.turnId)) }, sessionId);
    for (const name of ['Sari', 'Joko', 'Rina', 'Dewi', 'Andi']) team.join(name);
    const story: string[] = [];
    for (let step = 0; step < steps; step++) {
      if (random() < 0.55) {
        const member = pick(random, team.members)!;
        story.push(`${member.name}: ${act(team, member, random)}`);
        // What a person just did is on their screen exactly as their document has it.
        expect(storeShows(member), `after ${story.at(-1)}`).toEqual(documentShows(member.doc, sessionId));
      } else {
        for (let n = int(random, 4); n > 0; n--) deliver(team, random, story);
      }
    }
    team.settle((m) => expect(storeShows(m), `${m.name} received an update at the end`).toEqual(documentShows(m.doc, sessionId)));
    return { team, story, sessionId };
  } finally {
    vi.restoreAllMocks();
  }
}
