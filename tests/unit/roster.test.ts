import { describe, expect, it } from 'vitest';
import { formatClock } from '../../shared/formats/timestamp.ts';
import type { Participant } from '../../shared/model.ts';
import { newParticipant, PseudonymPool } from '../../shared/participants.ts';
import { moveInRoster, placeInRoster, sessionRoster } from '../../shared/roster.ts';

const person = (id: string, label: string): Participant => ({ ...newParticipant('s', { label }, new PseudonymPool()), id });
const people = [person('m', 'Moderator'), person('a', 'Bu Sari'), person('b', 'Pak Dedi'), person('c', 'Bu Rina'), person('w', 'Dr. Wulan')];

describe('a session roster for speaker hotkeys', () => {
  it('numbers speakers in the session’s roster order, leaving out the moderator and anyone no longer in the study', () => {
    const roster = sessionRoster(['b', 'm', 'gone', 'a'], people, '');
    expect(roster.moderator?.label).toBe('Moderator');
    expect(roster.speakers.map((p) => p.label)).toEqual(['Pak Dedi', 'Bu Sari']);
  });

  it('without a roster, numbers every participant by name until anyone speaks', () => {
    expect(sessionRoster([], people, '').speakers.map((p) => p.label)).toEqual(['Bu Rina', 'Bu Sari', 'Dr. Wulan', 'Pak Dedi']);
  });

  it('without a roster, numbers first those who speak in the session, in the order they first spoke, and a speaker keeps their number as others begin', () => {
    expect(sessionRoster([], people, '', ['m', 'b', 'a']).speakers.map((p) => p.label)).toEqual(['Pak Dedi', 'Bu Sari', 'Bu Rina', 'Dr. Wulan']);
    // Dr. Wulan speaks: Pak Dedi and Bu Sari keep 1 and 2.
    expect(sessionRoster([], people, '', ['m', 'b', 'a', 'w']).speakers.map((p) => p.label)).toEqual(['Pak Dedi', 'Bu Sari', 'Dr. Wulan', 'Bu Rina']);
  });

  it('takes the session’s moderator by name', () => {
    expect(sessionRoster([], people, 'dr. wulan').moderator?.label).toBe('Dr. Wulan');
  });

  it('moves a speaker up or down, and nowhere past the ends', () => {
    expect(moveInRoster(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(moveInRoster(['a', 'b', 'c'], 'a', 1)).toEqual(['b', 'a', 'c']);
    expect(moveInRoster(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveInRoster(['a', 'b'], 'x', 1)).toEqual(['a', 'b']);
  });
});

describe('clock times', () => {
  it('show whole seconds or tenths', () => {
    expect(formatClock(65.97, false)).toBe('00:01:05');
    expect(formatClock(65.97, true)).toBe('00:01:05.9');
    expect(formatClock(3600.3, true)).toBe('01:00:00.3');
  });

  it('puts a dragged speaker where the one it is dropped on was', () => {
    expect(placeInRoster(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(placeInRoster(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
    expect(placeInRoster(['a', 'b'], 'a', 'a')).toEqual(['a', 'b']);
    expect(placeInRoster(['a', 'b'], 'x', 'a')).toEqual(['a', 'b']);
  });
});
