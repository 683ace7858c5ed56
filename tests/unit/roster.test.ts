import { describe, expect, it } from 'vitest';
import { formatClock } from '../../shared/formats/timestamp.ts';
import type { Participant } from '../../shared/model.ts';
import { newParticipant, PseudonymPool } from '../../shared/participants.ts';
import { sessionRoster } from '../../shared/roster.ts';

const person = (id: string, label: string): Participant => ({ ...newParticipant('s', { label }, new PseudonymPool()), id });
const people = [person('m', 'Moderator'), person('a', 'Bu Sari'), person('b', 'Pak Dedi'), person('c', 'Bu Rina'), person('w', 'Dr. Wulan')];

describe('a session roster for speaker hotkeys', () => {
  it('numbers speakers by when they first speak, then the rest by name, leaving out the moderator', () => {
    const roster = sessionRoster([{ speakerId: 'm' }, { speakerId: 'b' }, { speakerId: 'a' }, { speakerId: 'b' }, { speakerId: null }], people, '');
    expect(roster.moderator?.label).toBe('Moderator');
    expect(roster.speakers.map((p) => p.label)).toEqual(['Pak Dedi', 'Bu Sari', 'Bu Rina', 'Dr. Wulan']);
  });

  it('takes the session’s moderator by name', () => {
    expect(sessionRoster([], people, 'dr. wulan').moderator?.label).toBe('Dr. Wulan');
  });
});

describe('clock times', () => {
  it('show whole seconds or tenths', () => {
    expect(formatClock(65.97, false)).toBe('00:01:05');
    expect(formatClock(65.97, true)).toBe('00:01:05.9');
    expect(formatClock(3600.3, true)).toBe('01:00:00.3');
  });
});
