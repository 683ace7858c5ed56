/**
 * Putting a transcript into a session: speaker labels become participants (matched by
 * label; unknown labels become new participants without an assistant type), turns get
 * ordered ids. Also the reverse, for export.
 */
import type { Participant, Project, Session, Turn } from './model.ts';
import { newId } from './model.ts';
import type { TranscriptTurn } from './formats/transcript-txt.ts';
import { checkName, ImportError, lookalikeReason } from './formats/import-error.ts';
import { reason } from './formats/reasons.ts';
import { newParticipant, PseudonymPool } from './participants.ts';
import { NameSkeletons } from './text-clean.ts';

export function createSession(project: Project, title: string, now = new Date()): Session {
  return {
    id: newId(),
    studyId: project.study.id,
    title,
    date: '',
    place: '',
    moderator: '',
    noteTaker: '',
    memo: '',
    roster: [],
    createdAt: now.toISOString(),
  };
}

export function findSession(project: Project, title: string): Session | undefined {
  return project.sessions.find((s) => s.title === title.trim());
}

export function sessionTurns(project: Project, sessionId: string): Turn[] {
  return project.turns.filter((t) => t.sessionId === sessionId).sort((a, b) => a.order - b.order);
}

/** Sets the transcript of the session with that title, creating the session when there is none. */
export function importTranscript(project: Project, sessionTitle: string, turns: TranscriptTurn[], file: string): Project {
  const existing = findSession(project, sessionTitle);
  if (existing) return setTranscript(project, existing.id, turns, file);
  const session = createSession(project, sessionTitle.trim());
  return setTranscript({ ...project, sessions: [...project.sessions, session] }, session.id, turns, file);
}

/**
 * Turns of a transcript file as turns of a session, numbered from `firstOrder`; a speaker
 * label is the participant with that label, else the one with that pseudonym (Telaah's own
 * exports name people by pseudonym), else a new participant (a sane name, never one that
 * only looks like someone known).
 */
function turnsOf(project: Project, sessionId: string, turns: TranscriptTurn[], file: string, firstOrder: number): { participants: Participant[]; turns: Turn[] } {
  const participants: Participant[] = [...project.participants];
  const pool = new PseudonymPool(participants);
  const byLabel = new Map(participants.map((p) => [p.label, p]));
  const byPseudonym = new Map(participants.filter((p) => p.pseudonym !== '').map((p) => [p.pseudonym, p]));
  const looks = new NameSkeletons(participants.map((p) => p.label));
  const made = turns.map((t, index): Turn => {
    let speaker = t.speaker === null ? undefined : (byLabel.get(t.speaker) ?? byPseudonym.get(t.speaker));
    if (t.speaker !== null && !speaker) {
      checkName(t.speaker, file, t.line);
      const other = looks.lookalike(t.speaker);
      if (other !== undefined) throw new ImportError(file, t.line, lookalikeReason(t.speaker, other));
      looks.add(t.speaker);
      speaker = newParticipant(project.study.id, { label: t.speaker }, pool);
      participants.push(speaker);
      byLabel.set(speaker.label, speaker);
    }
    return { id: newId(), sessionId, order: firstOrder + index, speakerId: speaker?.id ?? null, timestamp: t.timestamp, text: t.text, ...(t.unchecked ? { unchecked: true as const } : {}), ...(t.words?.length ? { words: t.words } : {}) };
  });
  return { participants, turns: made };
}

function sessionOf(project: Project, sessionId: string, file: string): Session {
  const session = project.sessions.find((s) => s.id === sessionId);
  if (!session) throw new ImportError(file, null, reason('transcript.sessionGone'));
  return session;
}

/**
 * Replaces a session's turns with those of a transcript file. A session that already has
 * coded segments keeps its transcript: replacing it would orphan them.
 */
export function setTranscript(project: Project, sessionId: string, turns: TranscriptTurn[], file: string): Project {
  const session = sessionOf(project, sessionId, file);
  if (project.segments.some((s) => s.sessionId === sessionId)) {
    throw new ImportError(file, null, reason('transcript.sessionCoded', { title: session.title }));
  }
  const made = turnsOf(project, sessionId, turns, file, 1);
  return { ...project, participants: made.participants, turns: [...project.turns.filter((t) => t.sessionId !== sessionId), ...made.turns] };
}

/** A transcript's turns added after a session's last turn; what the session has, coded segments included, stays. */
export function appendTranscript(project: Project, sessionId: string, turns: TranscriptTurn[], file: string): Project {
  sessionOf(project, sessionId, file);
  const last = project.turns.filter((t) => t.sessionId === sessionId).reduce((max, t) => Math.max(max, t.order), 0);
  const made = turnsOf(project, sessionId, turns, file, Math.floor(last) + 1);
  return { ...project, participants: made.participants, turns: [...project.turns, ...made.turns] };
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
