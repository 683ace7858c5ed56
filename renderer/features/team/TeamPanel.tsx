/**
 * "Tim pengode": the study's coders and their work going back and forth as project files,
 * the agreement between two coders, and each session's comparison to settle disagreements.
 */
import { useMemo, useState } from 'react';
import { compareSession } from '../../../shared/adjudication.ts';
import { sharedSessions } from '../../../shared/agreement/units.ts';
import { studyCoders } from '../../../shared/coders.ts';
import type { Study } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { useStudySnapshot } from '../../db/hooks.ts';
import { setCoderColor } from '../../db/studies.ts';
import { useT } from '../../i18n/context.tsx';
import { hrefOf } from '../../router.ts';
import { Notice, useNotice } from '../../ui/Notice.tsx';
import { AgreementSection } from './AgreementSection.tsx';
import { CoderFiles } from './CoderFiles.tsx';
import { ShareSection } from '../collab/ShareSection.tsx';
import { useDefaultCoder } from '../transcript/useDefaultCoder.ts';

export function TeamPanel({ study }: { study: Study }) {
  const t = useT();
  const db = useDb();
  const snapshot = useStudySnapshot(study.id);
  const { project } = snapshot;
  const notices = useNotice();
  const coders = useMemo(() => (project ? studyCoders(project) : []), [project]);
  const defaultName = useDefaultCoder(study.coders);
  const [pair, setPair] = useState<[string, string]>(['', '']);
  const a = pair[0] || coders[0]?.name || '';
  const b = pair[1] || coders.find((c) => c.name !== a)?.name || '';
  const counts = useMemo(() => {
    const n = new Map<string, number>();
    for (const s of project?.segments ?? []) n.set(s.coder, (n.get(s.coder) ?? 0) + 1);
    return n;
  }, [project]);
  // The sessions both coders coded, as the agreement counts them, with the disagreements still to settle: once per study and pair.
  const compared = useMemo(() => (project && a !== b ? sharedSessions(project, a, b) : []), [project, a, b]);
  const openDisagreements = useMemo(
    () => new Map(compared.map((id) => [id, compareSession(project!, id, a, b).flatMap((turn) => turn.codes.filter((c) => !c.agreed && c.choice === null)).length])),
    [project, compared, a, b],
  );
  if (!project) return <p className="muted">{t('common.loading')}</p>;

  return (
    <section className="panel team-panel">
      <h3>{t('team.coders')}</h3>
      <ul className="coder-list">
        {coders.map((c) => (
          <li key={c.name}>
            <input type="color" className="swatch-input" aria-label={t('team.color', { name: c.name })} value={c.color} onChange={(e) => void setCoderColor(db, study.id, coders, c.name, e.target.value)} /> {c.name}{' '}
            <span className="muted">{t('team.segments', { n: counts.get(c.name) ?? 0 })}</span>
          </li>
        ))}
        {coders.length === 0 && <li className="muted">{t('team.noCoders')}</li>}
      </ul>
      {coders.length === 1 && <p className="muted">{t('team.needSecond')}</p>}
      <ShareSection study={study} defaultName={defaultName} />
      <CoderFiles study={study} notices={notices} />
      <Notice notice={notices.notice} onClose={notices.clear} />
      {coders.length >= 2 && (
        <>
          <div className="toolbar coder-pair">
            <label>
              {t('team.coderA')}
              <select value={a} onChange={(e) => setPair([e.target.value, b])}>
                {coders.map((c) => (
                  <option key={c.name}>{c.name}</option>
                ))}
              </select>
            </label>
            <label>
              {t('team.coderB')}
              <select value={b} onChange={(e) => setPair([a, e.target.value])}>
                {coders.map((c) => (
                  <option key={c.name}>{c.name}</option>
                ))}
              </select>
            </label>
          </div>
          {a !== b && (
            <>
              <AgreementSection snapshot={snapshot} a={a} b={b} notices={notices} />
              <h3>{t('team.compare')}</h3>
              {compared.length < project.sessions.length && <p className="muted">{t('team.notShared', { n: project.sessions.length - compared.length })}</p>}
              <ul className="compare-sessions">
                {project.sessions.filter((s) => openDisagreements.has(s.id)).map((s) => {
                  const open = openDisagreements.get(s.id) ?? 0;
                  return (
                    <li key={s.id}>
                      <a href={hrefOf({ page: 'compare', studyId: study.id, sessionId: s.id, a, b })}>{s.title}</a> <span className="muted">{t('team.open', { n: open })}</span>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
