/** The study's participants: import a CSV, add one, edit each in place (pseudonym, real name, the study's own attributes and consent included), delete one; add an attribute. */
import { importParticipants } from '../../../shared/formats/participants-csv.ts';
import type { Study } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { useParticipants } from '../../db/hooks.ts';
import { addParticipant } from '../../db/studies.ts';
import { useT } from '../../i18n/context.tsx';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { useFileImport } from '../../db/useFileImport.ts';
import { AddAttribute } from './AddAttribute.tsx';
import { AssistantTypesPanel } from './AssistantTypesPanel.tsx';
import { ParticipantRow } from './ParticipantRow.tsx';
import { CSV_FILES, isCsvName, type FileFilter, type OpenedFile } from '../../../shared/api.ts';
import { useFileDrop, useMenuCommand } from '../../desktop/context.tsx';
import { openedFromFile } from '../../host/opened-file.ts';
import { ActionsHeader } from '../../ui/ActionsHeader.tsx';

export function ParticipantsPanel({ study }: { study: Study }) {
  const db = useDb();
  const t = useT();
  const participants = useParticipants(study.id);
  const notices = useNotice();
  const runImport = useFileImport(study.id, notices);
  const importFrom = (source: FileFilter[] | OpenedFile) =>
    runImport(source, importParticipants, (file, p) =>
      p.study.attributes.length ? t('participants.importedAttributes', { file, attributes: p.study.attributes.join(', ') }) : t('participants.imported', { file }),
    );
  useMenuCommand('importParticipants', () => void importFrom(CSV_FILES));
  useFileDrop(isCsvName, async (file) => void (await importFrom(await openedFromFile(file))));

  return (
    <section className="panel">
      <AssistantTypesPanel study={study} />
      <div className="toolbar">
        <button type="button" onClick={() => void importFrom(CSV_FILES)}>
          {t('participants.import')}
        </button>
        <button type="button" onClick={() => void addParticipant(db, study.id, { label: t('participants.newLabel', { n: (participants?.length ?? 0) + 1 }) })}>
          {t('participants.add')}
        </button>
        <AddAttribute study={study} />
      </div>
      <Notice notice={notices.notice} onClose={notices.clear} />
      {participants?.length === 0 ? (
        <p className="empty">{t('participants.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table participants-table">
            <thead>
              <tr>
                <th>{t('participants.label')}</th>
                <th>{t('participants.pseudonym')}</th>
                <th>{t('participants.realName')}</th>
                <th>{t('participants.type')}</th>
                <th>{t('participants.site')}</th>
                <th>{t('participants.affiliation')}</th>
                {study.attributes.map((name) => (
                  <th key={name}>{name}</th>
                ))}
                <th>{t('participants.consent')}</th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {participants?.map((p) => (
                <ParticipantRow key={p.id} study={study} participant={p} all={participants} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
