/**
 * Participants CSV (`label,assistant_type,site,affiliation`): adds the study's speakers,
 * or updates the one with the same label. `assistant_type` is empty (moderator, Dinas
 * Sosial officer, Kortek) or the key of one of the study's assistant types.
 */
import type { Participant, Project } from '../model.ts';
import { newId } from '../model.ts';
import { isAssistantType } from '../study.ts';
import { readCsv, writeCsv } from './csv.ts';
import { ImportError } from './import-error.ts';
import { reason } from './reasons.ts';

export const PARTICIPANT_COLUMNS = ['label', 'assistant_type', 'site', 'affiliation'] as const;

export function importParticipants(project: Project, csv: string, file: string): Project {
  const rows = readCsv(csv, file, { required: ['label', 'assistant_type'], optional: ['site', 'affiliation'] });
  const participants = [...project.participants];
  const seen = new Set<string>();
  for (const { line, values } of rows) {
    const label = (values.label ?? '').trim();
    if (label === '') throw new ImportError(file, line, reason('participant.emptyLabel'));
    if (seen.has(label)) throw new ImportError(file, line, reason('participant.twice', { label }));
    seen.add(label);
    const type = (values.assistant_type ?? '').trim();
    if (type !== '' && !isAssistantType(project.study, type)) {
      const known = project.study.assistantTypes.map((t) => t.key).join(', ');
      throw new ImportError(file, line, reason('participant.unknownType', { type, known }));
    }
    const fields = {
      label,
      assistantType: type === '' ? null : type,
      site: (values.site ?? '').trim(),
      affiliation: (values.affiliation ?? '').trim(),
    };
    const index = participants.findIndex((p) => p.label === label);
    const existing = participants[index];
    if (existing) participants[index] = { ...existing, ...fields };
    else participants.push({ id: newId(), studyId: project.study.id, ...fields } satisfies Participant);
  }
  return { ...project, participants };
}

export function exportParticipants(project: Project): string {
  return writeCsv([
    [...PARTICIPANT_COLUMNS],
    ...project.participants.map((p) => [p.label, p.assistantType ?? '', p.site, p.affiliation]),
  ]);
}
