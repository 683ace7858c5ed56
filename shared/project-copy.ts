/**
 * A copy of a study with fresh ids for everything in it, so a backup or a project file
 * can be opened as a new study beside the one it came from without any record clashing.
 */
import type { Project } from './model.ts';
import { newId } from './model.ts';

export function asNewStudy(project: Project, title: string): Project {
  const ids = new Map<string, string>();
  const fresh = (old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = newId()));
    return id;
  };
  const studyId = fresh(project.study.id);
  return {
    study: { ...project.study, id: studyId, title, adjudications: project.study.adjudications.map((d) => ({ ...d, turnId: fresh(d.turnId) })) },
    sessions: project.sessions.map((s) => ({ ...s, id: fresh(s.id), studyId })),
    participants: project.participants.map((p) => ({ ...p, id: fresh(p.id), studyId })),
    turns: project.turns.map((t) => ({ ...t, id: fresh(t.id), sessionId: fresh(t.sessionId), speakerId: t.speakerId === null ? null : fresh(t.speakerId) })),
    segments: project.segments.map((s) => ({ ...s, id: fresh(s.id), sessionId: fresh(s.sessionId), turnId: fresh(s.turnId) })),
    summaries: project.summaries.map((s) => ({ ...s, exemplars: s.exemplars.map(fresh) })),
  };
}

/** `title`, or with the first number after it that no study has yet ("… (salinan) 2"): two copies opened side by side can be told apart. */
export function untakenTitle(title: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.trim().toLowerCase()));
  if (!used.has(title.trim().toLowerCase())) return title;
  for (let n = 2; ; n++) if (!used.has(`${title} ${n}`.toLowerCase())) return `${title} ${n}`;
}
