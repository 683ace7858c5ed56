/** A new attribute of the study's own for its participants ("jenis kelamin", "lama bertugas"): a name, refused when it cannot be one or is taken. */
import { useState } from 'react';
import { attributeName, withAttribute } from '../../../shared/attributes.ts';
import type { Study } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { updateStudy } from '../../db/studies.ts';
import { useT } from '../../i18n/context.tsx';

export function AddAttribute({ study }: { study: Study }) {
  const db = useDb();
  const t = useT();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function add(event: React.FormEvent) {
    event.preventDefault();
    const clean = attributeName(name);
    if (clean === null || study.attributes.includes(clean)) {
      setProblem(t('participants.attributeRefused', { name }));
      return;
    }
    setProblem(null);
    setName('');
    void updateStudy(db, study.id, { attributes: withAttribute(study, clean).attributes });
  }

  return (
    <form className="form-row add-attribute" onSubmit={add}>
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('participants.newAttribute')} aria-label={t('participants.newAttribute')} />
      <button type="submit" disabled={name.trim() === ''}>
        {t('participants.addAttribute')}
      </button>
      {problem && (
        <span className="danger-text" role="alert">
          {problem}
        </span>
      )}
    </form>
  );
}
