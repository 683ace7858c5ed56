/** The filters of the search hits: session, assistant type, site and speaker, as the segments view has them. */
import type { Project } from '../../../shared/model.ts';
import type { KwicFilter, KwicLine } from '../../../shared/search/kwic.ts';
import { useT } from '../../i18n/context.tsx';

interface Props {
  project: Project;
  lines: readonly KwicLine[];
  filter: KwicFilter;
  onChange(filter: KwicFilter): void;
}

export function KwicFilters({ project, lines, filter, onChange }: Props) {
  const t = useT();
  const set = (patch: Partial<KwicFilter>) => onChange({ ...filter, ...patch });
  const sites = [...new Set(lines.map((l) => l.site).filter((s) => s !== ''))].sort((a, b) => a.localeCompare(b, 'id'));
  const speakers = [...new Map(lines.filter((l) => l.speakerId).map((l) => [l.speakerId!, l.speaker]))].sort((a, b) => a[1].localeCompare(b[1], 'id'));
  const any = t('segments.any');
  return (
    <div className="segment-filters" role="group" aria-label={t('explore.filters')}>
      <label>
        {t('segments.session')}
        <select value={filter.sessionId} onChange={(e) => set({ sessionId: e.target.value })} name="session">
          <option value="">{any}</option>
          {project.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('segments.type')}
        <select value={filter.assistantType} onChange={(e) => set({ assistantType: e.target.value })} name="assistantType">
          <option value="">{any}</option>
          {project.study.assistantTypes.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
          <option value="-">{t('explore.noType')}</option>
        </select>
      </label>
      <label>
        {t('segments.site')}
        <select value={filter.site} onChange={(e) => set({ site: e.target.value })} name="site">
          <option value="">{any}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('segments.speaker')}
        <select value={filter.speakerId} onChange={(e) => set({ speakerId: e.target.value })} name="speaker">
          <option value="">{any}</option>
          {speakers.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
