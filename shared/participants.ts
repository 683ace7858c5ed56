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

/** `P01`, `P02`…: one more than the highest such pseudonym in use, at least two digits. */
export function nextPseudonym(participants: readonly Pick<Participant, 'pseudonym'>[]): string {
  let highest = 0;
  for (const p of participants) {
    const match = /^P(\d+)$/.exec(p.pseudonym);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `P${String(highest + 1).padStart(2, '0')}`;
}

/** A new participant of the study, with the next free pseudonym unless one is given. */
export function newParticipant(studyId: string, init: ParticipantInit, existing: readonly Pick<Participant, 'pseudonym'>[]): Participant {
  return {
    id: newId(),
    studyId,
    label: init.label,
    pseudonym: init.pseudonym || nextPseudonym(existing),
    realName: init.realName ?? '',
    assistantType: init.assistantType ?? null,
    site: init.site ?? '',
    affiliation: init.affiliation ?? '',
    consent: init.consent ?? { ...NO_CONSENT },
  };
}

/** Participants of an older study or file get pseudonyms in their order, keeping any they have. */
export function withPseudonyms<P extends Pick<Participant, 'pseudonym'>>(participants: readonly P[]): P[] {
  const done: P[] = [];
  for (const p of participants) done.push(p.pseudonym ? p : { ...p, pseudonym: nextPseudonym([...done, ...participants.filter((q) => q.pseudonym)]) });
  return done;
}

/** The other participant already using this pseudonym, if any (pseudonyms are unique in a study, case aside). */
export function pseudonymTakenBy(participants: readonly Participant[], pseudonym: string, self: string | null): Participant | undefined {
  const wanted = pseudonym.trim().toLowerCase();
  return participants.find((p) => p.id !== self && p.pseudonym.toLowerCase() === wanted);
}
