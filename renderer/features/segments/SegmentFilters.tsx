/** The filters of the segments view: code, role, agenda, type, session, site, speaker, coder and text. */
import { useMemo } from 'react';
import type { SegmentFilter, SegmentView } from '../../../shared/segments-view.ts';
import { listCodes } from '../../../shared/codebook.ts';
import type { Project } from '../../../shared/model.ts';
import { useLang } from '../../i18n/context.tsx';
import { PlaceFilters } from '../../ui/PlaceFilters.tsx';

interface Props {
  project: Project;
  views: readonly SegmentView[];
  filter: SegmentFilter;
  onChange(filter: SegmentFilter): void;
}

const distinct = (values: string[]) => [...new Set(values.filter((v) => v !== ''))].sort((a, b) => a.localeCompare(b, 'id'));

export function SegmentFilters({ project, views, filter, onChange }: Props) {
  const { t, lang } = useLang();
  const { codebook } = project.study;
  const set = (patch: Partial<SegmentFilter>) => onChange({ ...filter, ...patch });
  // The choices are worked out once per list, not on every key typed in the text filter.
  const choices = useMemo(
    () => ({
      coders: distinct(views.map((v) => v.segment.coder)),
    }),
    [views],
  );
  const any = t('segments.any');
  return (
    <div className="segment-filters" role="group" aria-label={t('segments.filters')}>
      <label>
        {t('segments.code')}
        <select value={filter.code} onChange={(e) => set({ code: e.target.value })}>
          <option value="">{any}</option>
          {listCodes(codebook).map((c) => (
            <option key={c.code} value={c.code}>
              {c.code} {c.role.name[lang]} · {c.agenda.label[lang].slice(0, 40)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('segments.role')}
        <select value={filter.role ?? ''} onChange={(e) => set({ role: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">{any}</option>
          {codebook.roles.map((r) => (
            <option key={r.number} value={r.number}>
              {codebook.prefix}.{r.number} {r.name[lang]}
            </option>
          ))}
        </select>
      </label>
{codebook.sharedRows && (
        <label>
          {t('segments.agenda')}
          <select value={filter.agenda ?? ''} onChange={(e) => set({ agenda: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{any}</option>
            {codebook.agendas.map((a) => (
              <option key={a.number} value={a.number}>
                {a.number}. {a.label[lang].slice(0, 50)}
              </option>
            ))}
          </select>
        </label>
      )}
      <PlaceFilters project={project} items={views} filter={filter} onChange={set} noType={t('segments.unattributed')} />
      <label>
        {t('segments.coder')}
        <select value={filter.coder} onChange={(e) => set({ coder: e.target.value })}>
          <option value="">{any}</option>
          {choices.coders.map((coder) => (
            <option key={coder}>{coder}</option>
          ))}
        </select>
      </label>
      <label className="grow">
        {t('segments.text')}
        <input type="search" value={filter.text} onChange={(e) => set({ text: e.target.value })} placeholder={t('segments.textPlaceholder')} />
      </label>
    </div>
  );
}
