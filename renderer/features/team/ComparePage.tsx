/**
 * One session as two coders coded it: each turn's text with A's segments underlined in A's
 * colour and B's in B's, then every code either applied there, agreed or not. A
 * disagreement is settled into the consensus coder (A, B, both or neither); agreements go
 * in with one button.
 */
import { useMemo } from 'react';
import { acceptAgreements, adjudicate, compareSession, type ComparedTurn } from '../../../shared/adjudication.ts';
import { CONSENSUS, studyCoders } from '../../../shared/coders.ts';
import { ADJUDICATION_CHOICES, type AdjudicationChoice, type Project } from '../../../shared/model.ts';
import { listCodes } from '../../../shared/codebook.ts';
import { useDb } from '../../db/context.tsx';
import { useStudySnapshot } from '../../db/hooks.ts';
import { applyToProject } from '../../db/project.ts';
import { useLang } from '../../i18n/context.tsx';
import { hrefOf } from '../../router.ts';
import { AlignedText } from './AlignedText.tsx';

export function ComparePage({ studyId, sessionId, a, b }: { studyId: string; sessionId: string; a: string; b: string }) {
  const { t, lang } = useLang();
  const db = useDb();
  // The turns' text is shown: a text edited in another tab shows here too.
  // The snapshot is new whenever the study or only its text changes.
  const snapshot = useStudySnapshot(studyId);
  const { project } = snapshot;
  const turns = useMemo(() => (snapshot.project ? compareSession(snapshot.project, sessionId, a, b).filter((x) => x.codes.length > 0) : []), [snapshot, sessionId, a, b]);
  if (!project) return <p className="page muted">{t('common.loading')}</p>;
  const session = project.sessions.find((s) => s.id === sessionId);
  const colors = new Map(studyCoders(project).map((c) => [c.name, c.color]));
  const labels = new Map(listCodes(project.study.codebook).map((c) => [c.code, `${c.role.name[lang]} · ${c.agenda.label[lang]}`]));
  const speakers = new Map(project.participants.map((p) => [p.id, p.label]));
  const change = (f: (p: Project) => Project) => void applyToProject(db, studyId, f);
  const open = turns.flatMap((x) => x.codes.filter((c) => !c.agreed && c.choice === null)).length;

  return (
    <main className="page compare-page">
      <h2>{t('compare.title', { session: session?.title ?? '', a, b })}</h2>
      <p className="legend">
        <span className="by-a" style={{ borderColor: colors.get(a) }}>{a}</span> <span className="by-b" style={{ background: `${colors.get(b)}33` }}>{b}</span>{' '}
        <span className="muted">{t('compare.open', { n: open })}</span>
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => change((p) => acceptAgreements(p, sessionId, a, b))}>
          {t('compare.acceptAgreements', { consensus: CONSENSUS })}
        </button>
        <a href={hrefOf({ page: 'study', studyId, tab: 'team' })}>{t('compare.back')}</a>
      </div>
      {turns.length === 0 && <p className="empty">{t('compare.none')}</p>}
      {turns.map((x: ComparedTurn) => (
        <article key={x.turn.id} className="compare-turn" data-turn={x.turn.id}>
          <div className="compare-speaker">{x.turn.speakerId ? speakers.get(x.turn.speakerId) : ''}</div>
          <AlignedText text={x.turn.text} a={x.a} b={x.b} colorA={colors.get(a) ?? '#2563eb'} colorB={colors.get(b) ?? '#c2410c'} />
          <ul className="compare-codes">
            {x.codes.map((c) => (
              <li key={c.code} className={c.agreed ? 'agreed' : c.choice ? 'settled' : 'disagreed'} data-code={c.code}>
                <strong>{c.code}</strong> <span className="muted">{labels.get(c.code)}</span>{' '}
                {c.agreed ? (
                  <span className="agree-mark">{t('compare.agreed')}</span>
                ) : (
                  <span className="choices" role="group" aria-label={t('compare.settle', { code: c.code })}>
                    <span className="muted">{t('compare.only', { coder: c.a.length ? a : b })}</span>
                    {ADJUDICATION_CHOICES.map((choice: AdjudicationChoice) => (
                      <button key={choice} type="button" aria-pressed={c.choice === choice} onClick={() => change((p) => adjudicate(p, x.turn.id, c.code, a, b, choice))}>
                        {t(`compare.choice.${choice}`, { a, b })}
                      </button>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </main>
  );
}
