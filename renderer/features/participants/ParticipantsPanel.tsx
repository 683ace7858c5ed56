/** The study's participants: import a CSV, add one, edit label, assistant type, site and affiliation in place. */
import { importParticipants } from '../../../shared/formats/participants-csv.ts';
import type { Study } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { useParticipants } from '../../db/hooks.ts';
import { addParticipant, updateParticipant } from '../../db/studies.ts';
import { useT } from '../../i18n/context.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { useFileImport } from '../../ui/useFileImport.ts';
import { AssistantTypesPanel } from './AssistantTypesPanel.tsx';

export function ParticipantsPanel({ study }: { study: Study }) {
  const db = useDb();
  const t = useT();
  const participants = useParticipants(study.id);
  const notices = useNotice();
  const runImport = useFileImport(study.id, notices);

  return (
    <section className="panel">
      <AssistantTypesPanel study={study} />
      <div className="toolbar">
        <button type="button" onClick={() => runImport([{ name: 'CSV', extensions: ['csv'] }], importParticipants, (file) => t('participants.imported', { file }))}>
          {t('participants.import')}
        </button>
        <button type="button" onClick={() => void addParticipant(db, study.id, { label: t('participants.newLabel', { n: (participants?.length ?? 0) + 1 }) })}>
          {t('participants.add')}
        </button>
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      {participants?.length === 0 ? (
        <p className="empty">{t('participants.empty')}</p>
      ) : (
        <table className="data-table participants-table">
          <thead>
            <tr>
              <th>{t('participants.label')}</th>
              <th>{t('participants.type')}</th>
              <th>{t('participants.site')}</th>
              <th>{t('participants.affiliation')}</th>
            </tr>
          </thead>
          <tbody>
            {participants?.map((p) => (
              <tr key={p.id} data-participant={p.label}>
                <td>
                  <input aria-label={t('participants.label')} defaultValue={p.label} onBlur={(e) => e.target.value.trim() && void updateParticipant(db, p.id, { label: e.target.value.trim() })} />
                </td>
                <td>
                  <select aria-label={t('participants.type')} value={p.assistantType ?? ''} onChange={(e) => void updateParticipant(db, p.id, { assistantType: e.target.value || null })}>
                    <option value="">{t('participants.noType')}</option>
                    {study.assistantTypes.map((type) => (
                      <option key={type.key} value={type.key}>
                        {type.label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input aria-label={t('participants.site')} defaultValue={p.site} onChange={(e) => void updateParticipant(db, p.id, { site: e.target.value })} />
                </td>
                <td>
                  <input aria-label={t('participants.affiliation')} defaultValue={p.affiliation} onChange={(e) => void updateParticipant(db, p.id, { affiliation: e.target.value })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
