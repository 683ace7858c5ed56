/**
 * The assistant types compared in the study (matrix and table columns): rename a column
 * label, add a type such as "Pendamping KUBE" or "Kortek", remove one nobody uses.
 */
import { useState } from 'react';
import type { Study } from '../../../shared/model.ts';
import { AssistantTypeError, withAssistantType, withoutAssistantType } from '../../../shared/study.ts';
import { useDb } from '../../db/context.tsx';
import { applyToProject } from '../../db/project.ts';
import { updateStudy } from '../../db/studies.ts';
import { useT } from '../../i18n/context.tsx';
import { messageOf, Notice, useNotice } from '../../ui/Notice.tsx';

export function AssistantTypesPanel({ study }: { study: Study }) {
  const db = useDb();
  const t = useT();
  const notices = useNotice();
  const [key, setKey] = useState('');
  const [label, setLabel] = useState('');

  const explain = (e: unknown) => notices.error(e instanceof AssistantTypeError ? t(`types.error.${e.kind}`, { key: key || '' }) : t('error.unexpected', { message: messageOf(e) }));

  async function add(event: React.FormEvent) {
    event.preventDefault();
    try {
      await updateStudy(db, study.id, { assistantTypes: withAssistantType(study, key, label).assistantTypes });
      setKey('');
      setLabel('');
      notices.clear();
    } catch (e) {
      explain(e);
    }
  }

  async function remove(typeKey: string) {
    try {
      await applyToProject(db, study.id, (p) => ({ ...p, study: withoutAssistantType(p, typeKey) }));
    } catch (e) {
      explain(e);
    }
  }

  return (
    <section className="card assistant-types" aria-label={t('types.title')}>
      <h3>{t('types.title')}</h3>
      <ul className="type-list">
        {study.assistantTypes.map((type) => (
          <li key={type.key} data-type={type.key}>
            <code>{type.key}</code>
            <input
              aria-label={t('types.labelFor', { key: type.key })}
              defaultValue={type.label}
              onBlur={(e) =>
                e.target.value.trim() &&
                void updateStudy(db, study.id, { assistantTypes: study.assistantTypes.map((x) => (x.key === type.key ? { ...x, label: e.target.value.trim() } : x)) })
              }
            />
            <button type="button" className="link danger" onClick={() => void remove(type.key)} aria-label={t('types.remove', { key: type.key })}>
              {t('common.delete')}
            </button>
          </li>
        ))}
      </ul>
      <form className="form-row" onSubmit={add}>
        <label>
          {t('types.key')}
          <input value={key} onChange={(e) => setKey(e.target.value)} placeholder="KUBE" size={8} />
        </label>
        <label>
          {t('types.label')}
          <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Pendamping KUBE" />
        </label>
        <button type="submit">{t('types.add')}</button>
      </form>
      <Notice notice={notices.notice} onClose={notices.clear} />
    </section>
  );
}
