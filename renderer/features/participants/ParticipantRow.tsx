/** One participant, edited in place: label, pseudonym, real name, assistant type, site, affiliation, the study's own attributes, consent; deleted after confirmation. */
import { useState } from 'react';
import { CONSENT_WAYS, type ConsentWay, type Participant, type Study } from '../../../shared/model.ts';
import { attributeValue, withAttributeValue } from '../../../shared/attributes.ts';
import { pseudonymTakenBy } from '../../../shared/participants.ts';
import { useDb } from '../../db/context.tsx';
import { updateParticipant } from '../../db/studies.ts';
import { deleteParticipant } from '../../db/trash.ts';
import { useLang } from '../../i18n/context.tsx';
import { labelClash, nameReason } from '../../../shared/formats/import-error.ts';
import { describeReason } from '../../../shared/formats/reasons.ts';
import { cleanName } from '../../../shared/text-clean.ts';
import { DayField } from '../../ui/DayField.tsx';
import { DeleteButton } from '../../ui/DeleteButton.tsx';

export function ParticipantRow({ study, participant: p, all }: { study: Study; participant: Participant; all: Participant[] }) {
  const db = useDb();
  const { t, lang } = useLang();
  const [taken, setTaken] = useState<string | null>(null);
  const [labelProblem, setLabelProblem] = useState<string | null>(null);

  /** A label is one sane line, and neither another participant's nor one that only looks like it. */
  function renameLabel(input: HTMLInputElement) {
    const label = cleanName(input.value);
    const others = all.filter((x) => x.id !== p.id).map((x) => x.label);
    const why = label === '' ? null : (nameReason(label) ?? labelClash(label, others));
    const message = why && describeReason(why, lang);
    setLabelProblem(message);
    if (label === '' || message !== null) {
      input.value = p.label;
      return;
    }
    if (label !== p.label) update({ label });
  }
  const update = (patch: Parameters<typeof updateParticipant>[2]) => void updateParticipant(db, p.id, patch);

  function renamePseudonym(input: HTMLInputElement) {
    const pseudonym = input.value.trim();
    const holder = pseudonym && pseudonymTakenBy(all, pseudonym, p.id);
    if (!pseudonym || holder) {
      setTaken(holder ? t('participants.pseudonymTaken', { pseudonym, label: holder.label }) : null);
      input.value = p.pseudonym;
      return;
    }
    setTaken(null);
    if (pseudonym !== p.pseudonym) update({ pseudonym });
  }

  return (
    <tr data-participant={p.label}>
      <td>
        <input aria-label={t('participants.label')} defaultValue={p.label} onBlur={(e) => renameLabel(e.target)} />
        {labelProblem && (
          <span className="danger-text" role="alert">
            {labelProblem}
          </span>
        )}
      </td>
      <td>
        <input aria-label={t('participants.pseudonym')} defaultValue={p.pseudonym} size={6} onBlur={(e) => renamePseudonym(e.target)} />
        {taken && (
          <span className="danger-text" role="alert">
            {taken}
          </span>
        )}
      </td>
      <td>
        <input aria-label={t('participants.realName')} defaultValue={p.realName} onBlur={(e) => e.target.value !== p.realName && update({ realName: e.target.value.trim() })} />
      </td>
      <td>
        <select aria-label={t('participants.type')} value={p.assistantType ?? ''} onChange={(e) => update({ assistantType: e.target.value || null })}>
          <option value="">{t('participants.noType')}</option>
          {study.assistantTypes.map((type) => (
            <option key={type.key} value={type.key}>
              {type.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input aria-label={t('participants.site')} defaultValue={p.site} onChange={(e) => update({ site: e.target.value })} />
      </td>
      <td>
        <input aria-label={t('participants.affiliation')} defaultValue={p.affiliation} onChange={(e) => update({ affiliation: e.target.value })} />
      </td>
      {study.attributes.map((name) => (
        <td key={name}>
          <input aria-label={t('participants.attributeOf', { name, label: p.label })} defaultValue={attributeValue(p, name)} onBlur={(e) => e.target.value.trim() !== attributeValue(p, name) && update({ attributes: withAttributeValue(p, name, e.target.value).attributes })} />
        </td>
      ))}
      <td>
        <div className="consent">
          <DayField label={t('participants.consentDate')} value={p.consent.date} onChange={(date) => update({ consent: { ...p.consent, date } })} />
          <select aria-label={t('participants.consentWay')} value={p.consent.way} onChange={(e) => update({ consent: { ...p.consent, way: e.target.value as ConsentWay } })}>
            {CONSENT_WAYS.map((way) => (
              <option key={way} value={way}>
                {t(`consent.way.${way}`)}
              </option>
            ))}
          </select>
          <input aria-label={t('participants.consentNotes')} placeholder={t('participants.consentNotes')} defaultValue={p.consent.notes} onBlur={(e) => e.target.value !== p.consent.notes && update({ consent: { ...p.consent, notes: e.target.value } })} />
        </div>
      </td>
      <td>
        <DeleteButton label={t('participants.delete')} question={t('participants.deleteConfirm', { label: p.label })} onConfirm={() => void deleteParticipant(db, p.id)} />
      </td>
    </tr>
  );
}
