/**
 * Beside the matrix while no cell is open: how to use it, and the coded segments that no
 * cell counts because neither they nor their speaker have an assistant type, each linking
 * to its turn so the coder can set one.
 */
import type { CellQuote } from '../../../shared/matrix.ts';
import { useT } from '../../i18n/context.tsx';
import { hrefOf } from '../../router.ts';

export function UnattributedList({ studyId, quotes }: { studyId: string; quotes: CellQuote[] }) {
  const t = useT();
  return (
    <aside className="cell-detail">
      <p className="muted">{t('matrix.pickCell')}</p>
      {quotes.length > 0 && (
        <>
          <h4 className="warning">{t('matrix.unattributed', { n: quotes.length })}</h4>
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
