/**
 * Beside the matrix while no cell is open: how to use it, and the coded segments that no
 * cell counts because neither they nor their speaker have an assistant type (or, compared
 * by another attribute, their speaker has no value of it), each linking to its turn.
 */
import type { CellQuote } from '../../../shared/matrix.ts';
import { useT } from '../../i18n/context.tsx';
import { hrefOf } from '../../router.ts';

/** `compared`: the attribute the matrix compares when it is not the assistant type, by name; null by assistant type. */
export function UnattributedList({ studyId, quotes, compared }: { studyId: string; quotes: CellQuote[]; compared: string | null }) {
  const t = useT();
  return (
    <aside className="cell-detail">
      <p className="muted">{t('matrix.pickCell')}</p>
      {quotes.length > 0 && (
        <>
          <h4 className="warning">{compared === null ? t('matrix.unattributed', { n: quotes.length }) : t('matrix.noValue', { n: quotes.length, attribute: compared })}</h4>
          <ul className="quote-list" data-testid="unattributed">
            {quotes.map((q) => (
              <li key={q.segment.id}>
                <q>{q.segment.text}</q>
                <div className="quote-meta">
                  {q.segment.codes.join(', ')} · {q.speaker || t('common.none')} · {q.session}{' '}
                  <a href={hrefOf({ page: 'session', studyId, sessionId: q.segment.sessionId, turnId: q.segment.turnId })}>{t('matrix.open')}</a>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
