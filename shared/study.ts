/**
 * Creating a study with sensible defaults, and the rules that tie participants, segments
 * and assistant types together.
 */
import { codebookFromTemplate, type TemplateKey } from './codebooks/templates.ts';
import type { AssistantType, Participant, Project, Segment, Study } from './model.ts';
import { newId } from './model.ts';

export const DEFAULT_ASSISTANT_TYPES: AssistantType[] = [
  { key: 'PKH', label: 'Pendamping PKH' },
  { key: 'TKSK', label: 'TKSK' },
];

export function createStudy(title: string, year: number, now = new Date(), template: TemplateKey = 'ewarong-kube'): Study {
  const stamp = now.toISOString();
  return {
    id: newId(),
    title,
    year,
    codebook: codebookFromTemplate(template),
    assistantTypes: structuredClone(DEFAULT_ASSISTANT_TYPES),
    exportNames: 'pseudonym',
    coders: [],
    adjudications: [],
    attributes: [],
    stopwords: [],
    language: 'id',
    dictionary: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function emptyProject(study: Study): Project {
  return { study, sessions: [], participants: [], turns: [], segments: [], summaries: [] };
}

/**
 * The assistant type a segment counts for: its explicit type, else its speaker's type.
 * A Dinas Sosial officer describing TKSK work is coded for TKSK explicitly.
 */
export function effectiveAssistantType(
  segment: Pick<Segment, 'assistantType'>,
  speaker: Pick<Participant, 'assistantType'> | undefined,
): string | null {
  return segment.assistantType ?? speaker?.assistantType ?? null;
}

export function isAssistantType(study: Study, key: string): boolean {
  return study.assistantTypes.some((t) => t.key === key);
}

export class AssistantTypeError extends Error {
  constructor(
    readonly kind: 'badKey' | 'exists' | 'inUse',
    message: string,
  ) {
    super(message);
  }
}

/** A study with one more assistant type; its key is short and new (e.g. `KUBE`, `Kortek`). */
export function withAssistantType(study: Study, key: string, label: string): Study {
  const k = key.trim();
  if (!/^[\p{L}\p{N}_-]{1,20}$/u.test(k)) throw new AssistantTypeError('badKey', `"${key}" is not a short key (letters, digits, - or _)`);
  if (isAssistantType(study, k)) throw new AssistantTypeError('exists', `assistant type "${k}" exists already`);
  return { ...study, assistantTypes: [...study.assistantTypes, { key: k, label: label.trim() || k }] };
}

/** Where an assistant type is in use: participants, segments set to it, cell summaries. */
export function assistantTypeUses(project: Project, key: string): number {
  return (
    project.participants.filter((p) => p.assistantType === key).length +
    project.segments.filter((s) => s.assistantType === key).length +
    project.summaries.filter((s) => s.assistantType === key).length
  );
}

/** A study without an assistant type nobody uses. */
export function withoutAssistantType(project: Project, key: string): Study {
  if (assistantTypeUses(project, key) > 0) throw new AssistantTypeError('inUse', `assistant type "${key}" is in use`);
  return { ...project.study, assistantTypes: project.study.assistantTypes.filter((t) => t.key !== key) };
}
