/**
 * Participants CSV (`label,assistant_type,site,affiliation,pseudonym,real_name,
 * consent_date,consent_way,consent_notes`; only the first two are required): adds the
 * study's speakers, or updates the one with the same label. `assistant_type` is empty
 * (moderator, Dinas Sosial officer, Kortek) or the key of one of the study's assistant
 * types. An empty pseudonym keeps the participant's own, or gives a new one the next free
 * `Pnn`. `consent_way` is empty, `written`, `oral`, `recorded` or `other`; `consent_date`
 * is empty or yyyy-mm-dd. Any other column is an attribute of the study's own ("jenis
 * kelamin", "lama bertugas"), added to the study when it is new; an empty cell clears the
 * participant's value.
 */
import { CONSENT_WAYS, type ConsentWay, type Participant, type Project } from '../model.ts';
import { attributeName, attributeValue, withAttributes, withAttributeValues } from '../attributes.ts';
import { newParticipant, PseudonymPool } from '../participants.ts';
import { isAssistantType } from '../study.ts';
import { readCsv, writeCsv, type CsvKind } from './csv.ts';
import { checkName, ImportError, lookalikeReason } from './import-error.ts';
import { NameSkeletons } from '../text-clean.ts';
import { reason } from './reasons.ts';

export const PARTICIPANT_COLUMNS = ['label', 'assistant_type', 'site', 'affiliation', 'pseudonym', 'real_name', 'consent_date', 'consent_way', 'consent_notes'] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** yyyy-mm-dd naming a day that exists (no 2020-13-45, no 2021-02-29). */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function importParticipants(project: Project, csv: string, file: string): Project {
  const rows = readCsv(csv, file, { required: ['label', 'assistant_type'], optional: PARTICIPANT_COLUMNS.slice(2), extra: true });
  const own = Object.keys(rows[0]?.values ?? {}).filter((c) => !(PARTICIPANT_COLUMNS as readonly string[]).includes(c));
  // Each column's attribute, named once: a file with thousands of columns reads in linear time.
  const attributeOf = own.map((column) => {
    const name = attributeName(column);
    if (name === null) throw new ImportError(file, 1, reason('participant.badAttribute', { name: column }));
    return [column, name] as const;
  });
  const study = withAttributes(project.study, attributeOf.map(([, name]) => name));
  const participants = [...project.participants];
  // Looked up by label and pseudonym in constant time: a list of 100,000 rows reads in linear time.
  const indexOf = new Map(participants.map((p, i) => [p.label, i]));
  const pool = new PseudonymPool(participants);
  const looks = new NameSkeletons(participants.map((p) => p.label));
  const seen = new Set<string>();
  for (const { line, values } of rows) {
    const value = (column: string) => (values[column] ?? '').trim();
    const label = value('label');
    if (label === '') throw new ImportError(file, line, reason('participant.emptyLabel'));
    if (seen.has(label)) throw new ImportError(file, line, reason('participant.twice', { label }));
    seen.add(label);
    for (const name of [label, value('pseudonym'), value('real_name')]) checkName(name, file, line);
    const other = looks.lookalike(label);
    if (other !== undefined) throw new ImportError(file, line, lookalikeReason(label, other));
    looks.add(label);
    const type = value('assistant_type');
    if (type !== '' && !isAssistantType(project.study, type)) {
      const known = project.study.assistantTypes.map((t) => t.key).join(', ');
      throw new ImportError(file, line, reason('participant.unknownType', { type, known }));
    }
    const way = value('consent_way');
    if (!(CONSENT_WAYS as readonly string[]).includes(way)) throw new ImportError(file, line, reason('participant.consentWay', { way }));
    const date = value('consent_date');
    if (date !== '' && !isCalendarDate(date)) throw new ImportError(file, line, reason('participant.consentDate', { date }));
    const index = indexOf.get(label);
    const existing = index === undefined ? undefined : participants[index];
    const pseudonym = value('pseudonym');
    const holderId = pseudonym === '' ? undefined : pool.holder(pseudonym, existing?.id ?? null);
    if (holderId !== undefined) {
      const holder = participants.find((p) => p.id === holderId);
      throw new ImportError(file, line, reason('participant.pseudonymTaken', { pseudonym, label: holder?.label ?? pseudonym }));
    }
    const fields = {
      label,
      assistantType: type === '' ? null : type,
      // A column the file does not have leaves the participant's value as it was.
      ...('site' in values ? { site: value('site') } : {}),
      ...('affiliation' in values ? { affiliation: value('affiliation') } : {}),
      ...(pseudonym === '' ? {} : { pseudonym }),
      ...('real_name' in values ? { realName: value('real_name') } : {}),
      ...(['consent_date', 'consent_way', 'consent_notes'].some((c) => c in values)
        ? { consent: { date, way: way as ConsentWay, notes: value('consent_notes') } }
        : {}),
    };
    for (const column of own) checkName(value(column), file, line, 'label');
    const withValues = (p: Participant) => withAttributeValues(p, attributeOf.map(([column, name]) => [name, value(column)] as const));
    if (existing && index !== undefined) {
      if (pseudonym !== '' && pseudonym !== existing.pseudonym) {
        pool.release(existing.pseudonym);
        pool.take(pseudonym, existing.id);
      }
      participants[index] = withValues({ ...existing, ...fields } satisfies Participant);
    } else {
      indexOf.set(label, participants.length);
      participants.push(withValues(newParticipant(project.study.id, fields, pool)));
    }
  }
  return { ...project, study, participants };
}

/** The study's name list with consent records: it holds identities, so it is never anonymised. */
export function exportParticipants(project: Project, kind: CsvKind = 'standard'): string {
  const own = project.study.attributes;
  return writeCsv([
    [...PARTICIPANT_COLUMNS, ...own],
    ...project.participants.map((p) => [p.label, p.assistantType ?? '', p.site, p.affiliation, p.pseudonym, p.realName, p.consent.date, p.consent.way, p.consent.notes, ...own.map((name) => attributeValue(p, name))]),
  ], kind);
}
