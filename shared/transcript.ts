/**
 * Putting a transcript into a session: speaker labels become participants (matched by
 * label; unknown labels become new participants without an assistant type), turns get
 * ordered ids. Also the reverse, for export.
 */
import type { Participant, Project, Session, Turn } from './model.ts';
import { newId } from './model.ts';
import type { TranscriptTurn } from './formats/transcript-txt.ts';
import { ImportError } from './formats/import-error.ts';

export function createSession(project: Project, title: string, now = new Date()): Session {
  return {
    id: newId(),
    studyId: project.study.id,
    title,
    date: '',
    place: '',
    moderator: '',
    noteTaker: '',
    createdAt: now.toISOString(),
  };
}

export function findSession(project: Project, title: string): Session | undefined {
  return project.sessions.find((s) => s.title === title.trim());
}

export function sessionTurns(project: Project, sessionId: string): Turn[] {
  return project.turns.filter((t) => t.sessionId === sessionId).sort((a, b) => a.order - b.order);
}

/**
 * Sets a session's transcript (creating the session when none has that title). A session
 * that already has coded segments keeps its transcript: replacing it would orphan them.
 */
export function importTranscript(project: Project, sessionTitle: string, turns: TranscriptTurn[], file: string): Project {
  const existing = findSession(project, sessionTitle);
  const session = existing ?? createSession(project, sessionTitle.trim());
  if (existing && project.segments.some((s) => s.sessionId === existing.id)) {
    throw new ImportError(file, null, `session "${existing.title}" already has coded segments; import into a new session`);
  }
  const participants: Participant[] = [...project.participants];
  const byLabel = new Map(participants.map((p) => [p.label, p]));
  const newTurns: Turn[] = turns.map((t, index) => {
    let speaker = t.speaker === null ? undefined : byLabel.get(t.speaker);
    if (t.speaker !== null && !speaker) {
      speaker = { id: newId(), studyId: project.study.id, label: t.speaker, assistantType: null, site: '', affiliation: '' };
      participants.push(speaker);
      byLabel.set(speaker.label, speaker);
    }
    return { id: newId(), sessionId: session.id, order: index + 1, speakerId: speaker?.id ?? null, timestamp: t.timestamp, text: t.text };
  });
  return {
    ...project,
    sessions: existing ? project.sessions : [...project.sessions, session],
    participants,
    turns: [...project.turns.filter((t) => t.sessionId !== session.id), ...newTurns],
  };
}

/** A session's turns with speaker labels, ready for a transcript writer. */
export function transcriptOf(project: Project, sessionId: string): Omit<TranscriptTurn, 'line'>[] {
  const labels = new Map(project.participants.map((p) => [p.id, p.label]));
  return sessionTurns(project, sessionId).map((t) => ({
    speaker: t.speakerId ? (labels.get(t.speakerId) ?? null) : null,
    timestamp: t.timestamp,
    text: t.text,
  }));
}
