/** The filters of the search hits: the speaker's assistant type, session, site and speaker, as the segments view has them. */
import type { Project } from '../../../shared/model.ts';
import type { KwicFilter, KwicLine } from '../../../shared/search/kwic.ts';
import { useT } from '../../i18n/context.tsx';
import { PlaceFilters } from '../../ui/PlaceFilters.tsx';

interface Props {
  project: Project;
  lines: readonly KwicLine[];
  filter: KwicFilter;
  onChange(filter: KwicFilter): void;
}

export function KwicFilters({ project, lines, filter, onChange }: Props) {
  const t = useT();
  return (
    <div className="segment-filters" role="group" aria-label={t('explore.filters')}>
      <PlaceFilters project={project} items={lines} filter={filter} onChange={(patch) => onChange({ ...filter, ...patch })} noType={t('explore.noType')} />
    </div>
  );
}
