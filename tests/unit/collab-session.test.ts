/**
 * A shared session with two or three people on it at once, through the app's own session
 * store and the session's Yjs document: texts merge character by character, segments
 * stay on their words, structural edits converge, and each person's undo takes back only
 * their own steps.
 */
import { describe, expect, it } from 'vitest';
import { offsetAfterChange } from '../../shared/turn-edit.ts';
import { codedStudy, studyWithTranscript } from './sample-project.ts';
import { documentShows, storeShows, Team } from './collab-team.ts';

const turnText = (team: Team, who: number, turnId: string) => team.members[who]!.store.get(turnId)!.turn.text;

describe('a session shared by a team', () => {
  it('shows a newcomer the session as the one who shared it has it, segments included', () => {
    const team = new Team(codedStudy());
    const sari = team.join('Sari');
    const joko = team.join('Joko');
    expect(sari.store.segments().length).toBeGreaterThan(0);
    expect(storeShows(joko)).toEqual(storeShows(sari));
    expect(documentShows(team.relay, team.sessionId)).toEqual(storeShows(sari));
  });

  it('keeps both texts when two people type in the same turn at the same time', () => {
    const team = new Team(studyWithTranscript());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const turnId = a.store.order()[1]!;
    const original = turnText(team, 0, turnId);
    // Sari types at the start, Joko at the end, key by key, neither seeing the other until the end.
    for (const key of 'Ya, ') a.store.splice(turnId, a.store.get(turnId)!.turn.text.indexOf(original), 0, key);
    for (const key of ' Betul sekali.') b.store.splice(turnId, b.store.get(turnId)!.turn.text.length, 0, key);
    team.settle();
    const expected = `Ya, ${original} Betul sekali.`;
    expect(turnText(team, 0, turnId)).toBe(expected);
    expect(turnText(team, 1, turnId)).toBe(expected);
  });

  it('keeps a segment on the words it codes while another person corrects the text around and inside it', () => {
    const team = new Team(studyWithTranscript());
    const [coder, transcriber] = [team.join('Sari'), team.join('Joko')];
    const turnId = coder.store.order()[1]!;
    const text = turnText(team, 0, turnId);
    const words = text.split(' ').slice(2, 5).join(' ');
    const start = text.indexOf(words);
    const segmentId = coder.store.applyCode(turnId, { studyId: team.project.study.id, start, end: start + words.length, code: '4.1.1', coder: 'Sari' })!;
    // Meanwhile the transcriber adds words before the segment and corrects one inside it.
    transcriber.store.splice(turnId, 0, 0, 'Baik. ');
    const inside = transcriber.store.get(turnId)!.turn.text.indexOf(words) + 1;
    transcriber.store.splice(turnId, inside, 0, 'X');
    team.settle();
    for (const member of team.members) {
      const segment = member.store.turnOfSegment(segmentId)!.segments.find((s) => s.id === segmentId)!;
      expect(segment.text).toBe(words.slice(0, 1) + 'X' + words.slice(1));
      expect(member.store.get(turnId)!.turn.text.slice(segment.start, segment.end)).toBe(segment.text);
    }
    expect(storeShows(coder)).toEqual(storeShows(transcriber));
  });

  it('converges when one splits a turn while another types at its end', () => {
    const team = new Team(studyWithTranscript());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const turnId = a.store.order()[2]!;
    const text = turnText(team, 0, turnId);
    const cut = text.indexOf(' ', Math.floor(text.length / 2)) + 1;
    a.store.split(turnId, cut);
    b.store.splice(turnId, text.length, 0, ' (tertawa)');
    team.settle();
    expect(storeShows(a)).toEqual(storeShows(b));
    const all = a.store.turns().map((t) => t.text).join('\n');
    expect(all).toContain(text.slice(0, cut));
    expect(all).toContain('(tertawa)');
    expect(a.store.order().length).toBe(team.project.turns.filter((t) => t.sessionId === team.sessionId).length + 1);
  });

  it('puts two turns added at the same place in the same order for everyone', () => {
    const team = new Team(studyWithTranscript());
    const [a, b, c] = [team.join('Sari'), team.join('Joko'), team.join('Rina')];
    const after = a.store.order()[0]!;
    const first = a.store.addTurn(after, null, null)!;
    a.store.splice(first, 0, 0, 'dari Sari');
    const second = b.store.addTurn(after, null, null)!;
    b.store.splice(second, 0, 0, 'dari Joko');
    team.settle();
    expect(storeShows(a)).toEqual(storeShows(b));
    expect(storeShows(c)).toEqual(storeShows(a));
    expect(c.store.order().slice(1, 3).sort()).toEqual([first, second].sort());
  });

  it("undoes one's own typing and leaves a teammate's typing in the same turn alone", () => {
    const team = new Team(studyWithTranscript());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const turnId = a.store.order()[1]!;
    const original = turnText(team, 0, turnId);
    a.store.splice(turnId, 0, 0, 'Sari: ');
    team.settle();
    team.clock.now += 5000;
    b.store.splice(turnId, b.store.get(turnId)!.turn.text.length, 0, ' -- Joko');
    team.settle();
    expect(a.store.stats().canUndo).toBe(true);
    expect(a.store.undo()).toBe(true);
    team.settle();
    expect(turnText(team, 0, turnId)).toBe(`${original} -- Joko`);
    expect(turnText(team, 1, turnId)).toBe(`${original} -- Joko`);
    // Joko's undo takes back his words only; Sari's redo brings hers back.
    expect(b.store.undo()).toBe(true);
    expect(a.store.redo()).toBe(true);
    team.settle();
    expect(turnText(team, 0, turnId)).toBe(`Sari: ${original}`);
    expect(turnText(team, 1, turnId)).toBe(`Sari: ${original}`);
  });

  it("undoes one's own coding after a teammate coded the same turn, and the caret goes back where the change was", () => {
    const team = new Team(studyWithTranscript());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const turnId = a.store.order()[1]!;
    const mine = a.store.applyCode(turnId, { studyId: team.project.study.id, start: 0, end: 5, code: '4.2.1', coder: 'Sari' })!;
    team.settle();
    const theirs = b.store.applyCode(turnId, { studyId: team.project.study.id, start: 6, end: 12, code: '4.3.2', coder: 'Joko' })!;
    team.settle();
    a.store.undo();
    team.settle();
    for (const member of team.members) {
      const ids = member.store.get(turnId)!.segments.map((s) => s.id);
      expect(ids).toEqual([theirs]);
      expect(ids).not.toContain(mine);
    }
    expect(a.store.focus().caret?.turnId).toBe(turnId);
  });

  it('takes a whole-session replacement (an import) back in one undo, for everyone', () => {
    const team = new Team(codedStudy());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const before = storeShows(a);
    const turns = a.store.turns().slice(0, 2).map((t, i) => ({ ...t, id: `baru-${i}`, text: `Impor ${i}` }));
    a.store.replaceSession(turns, []);
    team.settle();
    expect(b.store.turns().map((t) => t.text)).toEqual(['Impor 0', 'Impor 1']);
    a.store.undo();
    team.settle();
    expect(storeShows(b)).toEqual(before);
    expect(storeShows(a)).toEqual(before);
  });

  it("keeps a teammate's words typed inside one's own when one undoes", () => {
    const team = new Team(studyWithTranscript());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const turnId = a.store.order()[1]!;
    const original = turnText(team, 0, turnId);
    a.store.splice(turnId, 0, 0, 'Menurut saya ');
    team.settle();
    team.clock.now += 5000;
    b.store.splice(turnId, 'Menurut '.length, 0, 'pengalaman ');
    team.settle();
    expect(turnText(team, 0, turnId)).toBe(`Menurut pengalaman saya ${original}`);
    a.store.undo();
    team.settle();
    expect(turnText(team, 0, turnId)).toBe(`pengalaman ${original}`);
    expect(turnText(team, 1, turnId)).toBe(`pengalaman ${original}`);
    a.store.redo();
    team.settle();
    expect(turnText(team, 1, turnId)).toBe(`Menurut saya pengalaman ${original}`);
  });

  it('refuses to undo a split once a teammate has typed in the turn it made, and says so', () => {
    const team = new Team(studyWithTranscript());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const turnId = a.store.order()[2]!;
    const text = turnText(team, 0, turnId);
    a.store.split(turnId, text.indexOf(' ') + 1);
    const made = a.store.focus().caret!.turnId;
    team.settle();
    b.store.splice(made, 0, 0, 'Ya. ');
    team.settle();
    let told = 0;
    a.store.onStepTaken = () => told++;
    expect(a.store.undo()).toBe(false);
    expect(told).toBe(1);
    team.settle();
    expect(storeShows(a)).toEqual(storeShows(b));
    expect(b.store.get(made)!.turn.text.startsWith('Ya. ')).toBe(true);
  });

  it('undoes a split and a join like a local session when nobody else touched those turns', () => {
    const team = new Team(codedStudy());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const before = storeShows(a);
    const turnId = a.store.order()[3]!;
    a.store.split(turnId, 10);
    a.store.joinWithPrevious(a.store.order()[2]!);
    team.settle();
    expect(a.store.undo()).toBe(true);
    expect(a.store.undo()).toBe(true);
    team.settle();
    expect(storeShows(a)).toEqual(before);
    expect(storeShows(b)).toEqual(before);
  });

  it("keeps a key typed in a live editor that has not yet redrawn a teammate's change to the same turn", () => {
    const team = new Team(studyWithTranscript());
    const [a, b] = [team.join('Sari'), team.join('Joko')];
    const turnId = a.store.order()[1]!;
    const shown = a.store.get(turnId)!.turn;
    // Joko's words arrive at the start of the turn while Sari's editor still shows the turn without them…
    b.store.splice(turnId, 0, 0, 'Joko: ');
    team.settle();
    expect(a.store.get(turnId)!.turn.rev).not.toBe(shown.rev);
    // …and Sari's next key, typed at the end of what her editor shows, comes in with the old revision.
    a.store.typed(turnId, shown.rev, `${shown.text}!`, []);
    team.settle();
    expect(a.store.get(turnId)!.turn.text).toBe(`Joko: ${shown.text}!`);
    expect(b.store.get(turnId)!.turn.text).toBe(`Joko: ${shown.text}!`);
  });
});

describe('a place in a text changed elsewhere', () => {
  it('stays before the change, moves along after it, and goes to the end of the change inside it', () => {
    expect(offsetAfterChange('halo dunia', 'halo indah dunia', 2)).toBe(2);
    expect(offsetAfterChange('halo dunia', 'halo indah dunia', 10)).toBe(16);
    expect(offsetAfterChange('halo dunia', 'halo DUNIA', 7)).toBe(7);
    expect(offsetAfterChange('halo dunia raya', 'halo x raya', 9)).toBe(6);
  });
});
