/**
 * A session's roster for speaker hotkeys: the moderator, and the other speakers numbered
 * 1, 2, 3… in the session's own roster order (set in the session's details), or, while it
 * has none, the participants who speak in the session in the order they first spoke, then
 * the study's other participants by name. A speaker's number never changes as others
 * speak: a transcriber learns the keys once. The moderator is the participant named as
 * the session's moderator, or labelled "Moderator".
 */
import type { Participant } from './model.ts';

export interface Roster {
  moderator: Participant | undefined;
  speakers: Participant[];
}

export function sessionRoster(roster: readonly string[], participants: readonly Participant[], moderatorName: string, spoken: readonly string[] = []): Roster {
  const labelled = (name: string) => participants.find((p) => p.label.trim().toLowerCase() === name);
  const named = moderatorName.trim().toLowerCase();
  const moderator = (named ? labelled(named) : undefined) ?? labelled('moderator');
  const byId = new Map(participants.map((p) => [p.id, p]));
  const listed = roster.map((id) => byId.get(id)).filter((p): p is Participant => p !== undefined && p !== moderator);
  if (listed.length > 0) return { moderator, speakers: [...new Set(listed)] };
  const speaking = [...new Set(spoken.map((id) => byId.get(id)).filter((p): p is Participant => p !== undefined && p !== moderator))];
  const rest = participants.filter((p) => p !== moderator && !speaking.includes(p)).sort((a, b) => a.label.localeCompare(b.label, 'id'));
  return { moderator, speakers: [...speaking, ...rest] };
}

/** The roster with one participant moved up (-1) or down (+1). */
/** The roster with `id` moved to where `target` is (it goes after `target` when coming from above), as a drag puts it. */
export function placeInRoster(roster: readonly string[], id: string, target: string): string[] {
  const from = roster.indexOf(id);
  const to = roster.indexOf(target);
  if (from < 0 || to < 0 || from === to) return [...roster];
  const next = roster.filter((r) => r !== id);
  next.splice(to, 0, id);
  return next;
}

export function moveInRoster(roster: readonly string[], id: string, step: -1 | 1): string[] {
  const next = [...roster];
  const from = next.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= next.length) return next;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
