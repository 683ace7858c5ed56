/**
 * "Telusuri": asking the study's data. Search with keyword-in-context lines, word
 * frequencies by group, code co-occurrence, and every memo in one list, over one shared copy of the study; the
 * words of each turn are read once and kept while its text stays the same.
 */
import { useState } from 'react';
import { TurnWords } from '../../../shared/search/query.ts';
import { useCountedProject } from '../../db/useCountedProject.ts';
import { useT } from '../../i18n/context.tsx';
import { CooccurrenceView } from './CooccurrenceView.tsx';
import { FrequencyView } from './FrequencyView.tsx';
import { MemoView } from './MemoView.tsx';
import { SearchView } from './SearchView.tsx';

type View = 'search' | 'frequencies' | 'cooccurrence' | 'memos';
const VIEWS: readonly View[] = ['search', 'frequencies', 'cooccurrence', 'memos'];

export function ExplorePanel({ studyId }: { studyId: string }) {
  const t = useT();
  const { project } = useCountedProject(studyId, true);
  const [view, setView] = useState<View>('search');
  const [query, setQuery] = useState('');
  // Words of the turns, worked out once per opening of the tab (the panel is the study's).
  const [words] = useState(() => new TurnWords());
  if (!project) return <p className="muted">{t('common.loading')}</p>;
  return (
    <section className="panel explore-panel">
      <div className="segmented" role="group" aria-label={t('explore.views')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`explore.${v}`)}
          </button>
        ))}
      </div>
      {view === 'search' && <SearchView project={project} words={words} query={query} onQuery={setQuery} />}
      {view === 'frequencies' && (
        <FrequencyView
          project={project}
          words={words}
          onWord={(word) => {
            setQuery(word);
            setView('search');
          }}
        />
      )}
      {view === 'cooccurrence' && <CooccurrenceView project={project} />}
      {view === 'memos' && <MemoView project={project} />}
    </section>
  );
}
