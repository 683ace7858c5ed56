/**
 * A session's roster for speaker hotkeys: the moderator, and the other speakers numbered
 * 1, 2, 3… in the order they first speak in the session, followed by the study's other
 * participants. The moderator is the participant named as the session's moderator, or
 * labelled "Moderator".
 */
import type { Participant, Turn } from './model.ts';

export interface Roster {
  moderator: Participant | undefined;
  speakers: Participant[];
}

export function sessionRoster(turns: readonly Pick<Turn, 'speakerId'>[], participants: readonly Participant[], moderatorName: string): Roster {
  const labelled = (name: string) => participants.find((p) => p.label.trim().toLowerCase() === name);
  const named = moderatorName.trim().toLowerCase();
  const moderator = (named ? labelled(named) : undefined) ?? labelled('moderator');
  const byId = new Map(participants.map((p) => [p.id, p]));
  const spoken: Participant[] = [];
  for (const turn of turns) {
    const p = turn.speakerId ? byId.get(turn.speakerId) : undefined;
    if (p && p !== moderator && !spoken.includes(p)) spoken.push(p);
  }
  const rest = participants.filter((p) => p !== moderator && !spoken.includes(p)).sort((a, b) => a.label.localeCompare(b.label, 'id'));
  return { moderator, speakers: [...spoken, ...rest] };
}
