/**
 * Filters by where something was said: the speaker's assistant type (or none), the
 * session, the site and the speaker. The segments view and the search hits both filter
 * this way; the choices are those of the listed items.
 */
import { useMemo } from 'react';
import type { Project } from '../../shared/model.ts';
import { UNATTRIBUTED } from '../../shared/segments-view.ts';
import { useT } from '../i18n/context.tsx';

export interface PlaceFilter {
  /** A type key, `''` for any, `'-'` for none. */
  assistantType: string;
  sessionId: string;
  site: string;
  speakerId: string;
}

/** An item as these filters read it. */
export interface Placed {
  site: string;
  speakerId: string | null;
  speaker: string;
}

interface Props {
  project: Project;
  items: readonly Placed[];
  filter: PlaceFilter;
  onChange(patch: Partial<PlaceFilter>): void;
  /** The name of the "no assistant type" choice. */
  noType: string;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'id');

export function PlaceFilters({ project, items, filter, onChange, noType }: Props) {
  const t = useT();
  // The choices are worked out once per list, not on every key typed in a text filter.
  const choices = useMemo(
    () => ({
      sites: [...new Set(items.map((v) => v.site).filter((s) => s !== ''))].sort(byName),
      speakers: [...new Map(items.filter((v) => v.speakerId).map((v) => [v.speakerId!, v.speaker]))].sort((a, b) => byName(a[1], b[1])),
    }),
    [items],
  );
  const any = t('segments.any');
  return (
    <>
      <label>
        {t('segments.type')}
        <select value={filter.assistantType} onChange={(e) => onChange({ assistantType: e.target.value })} name="assistantType">
          <option value="">{any}</option>
          {project.study.assistantTypes.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
          <option value={UNATTRIBUTED}>{noType}</option>
        </select>
      </label>
      <label>
        {t('segments.session')}
        <select value={filter.sessionId} onChange={(e) => onChange({ sessionId: e.target.value })} name="session">
          <option value="">{any}</option>
          {project.sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('segments.site')}
        <select value={filter.site} onChange={(e) => onChange({ site: e.target.value })} name="site">
          <option value="">{any}</option>
          {choices.sites.map((site) => (
            <option key={site}>{site}</option>
          ))}
        </select>
      </label>
      <label>
        {t('segments.speaker')}
        <select value={filter.speakerId} onChange={(e) => onChange({ speakerId: e.target.value })} name="speaker">
          <option value="">{any}</option>
          {choices.speakers.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
