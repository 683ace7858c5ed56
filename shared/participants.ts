/**
 * Participants as the privacy rules want them: every participant has a pseudonym
 * (`P01`, `P02`… in the order they join the study, editable, unique in the study), an
 * optional real name and a consent record. New participants are made here, wherever they
 * come from (typed in, a participants CSV, a transcript's speaker labels).
 */
import type { Consent, Participant } from './model.ts';
import { newId } from './model.ts';

export const NO_CONSENT: Consent = { date: '', way: '', notes: '' };

/** The participant fields a caller chooses; the rest have defaults. */
export type ParticipantInit = Pick<Participant, 'label'> & Partial<Omit<Participant, 'id' | 'studyId' | 'label'>>;

const NUMBERED = /^P(\d+)$/;

/**
 * The pseudonyms of a study in use, to hand out the next `Pnn` and to find who holds one
 * in constant time: importers adding thousands of participants stay linear.
 */
export class PseudonymPool {
  private highest = 0;
  /** Lower-cased pseudonym → the participant's id. */
  private holders = new Map<string, string>();

  constructor(participants: readonly Pick<Participant, 'id' | 'pseudonym'>[] = []) {
    for (const p of participants) this.take(p.pseudonym, p.id);
  }

  /** `P01`, `P02`…: one more than the highest such pseudonym in use, at least two digits. */
  next(): string {
    return `P${String(this.highest + 1).padStart(2, '0')}`;
  }

  take(pseudonym: string, id: string): void {
    if (pseudonym === '') return;
    this.holders.set(pseudonym.trim().toLowerCase(), id);
    const match = NUMBERED.exec(pseudonym);
    if (match) this.highest = Math.max(this.highest, Number(match[1]));
  }

  release(pseudonym: string): void {
    this.holders.delete(pseudonym.trim().toLowerCase());
  }

  /** The id of the other participant holding this pseudonym (case aside), if any. */
  holder(pseudonym: string, self: string | null): string | undefined {
    const id = this.holders.get(pseudonym.trim().toLowerCase());
    return id === self ? undefined : id;
  }
}

/** A new participant of the study, with the next free pseudonym unless one is given; it joins `pool`. */
export function newParticipant(studyId: string, init: ParticipantInit, pool: PseudonymPool): Participant {
  const participant: Participant = {
    id: newId(),
    studyId,
    label: init.label,
    pseudonym: init.pseudonym || pool.next(),
    realName: init.realName ?? '',
    assistantType: init.assistantType ?? null,
    site: init.site ?? '',
    affiliation: init.affiliation ?? '',
    consent: init.consent ?? { ...NO_CONSENT },
    attributes: init.attributes ?? {},
  };
  pool.take(participant.pseudonym, participant.id);
  return participant;
}

/** The other participant already using this pseudonym, if any (pseudonyms are unique in a study, case aside). */
export function pseudonymTakenBy(participants: readonly Participant[], pseudonym: string, self: string | null): Participant | undefined {
  const holder = new PseudonymPool(participants).holder(pseudonym, self);
  return holder === undefined ? undefined : participants.find((p) => p.id === holder);
}
