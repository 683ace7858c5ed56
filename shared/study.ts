/**
 * Creating a study with sensible defaults, and the rules that tie participants, segments
 * and assistant types together.
 */
import { EWARONG_KUBE } from './codebooks/ewarong-kube.ts';
import type { AssistantType, Participant, Project, Segment, Study } from './model.ts';
import { newId } from './model.ts';

export const DEFAULT_ASSISTANT_TYPES: AssistantType[] = [
  { key: 'PKH', label: 'Pendamping PKH' },
  { key: 'TKSK', label: 'TKSK' },
];

export function createStudy(title: string, year: number, now = new Date()): Study {
  const stamp = now.toISOString();
  return {
    id: newId(),
    title,
    year,
    codebook: structuredClone(EWARONG_KUBE),
    assistantTypes: structuredClone(DEFAULT_ASSISTANT_TYPES),
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
