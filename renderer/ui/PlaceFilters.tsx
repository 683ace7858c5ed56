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
  const types = project.study.assistantTypes.map((x): Choice => [x.key, x.label]);
  return (
    <>
      <FilterSelect label={t('segments.type')} name="assistantType" any={any} value={filter.assistantType} choices={[...types, [UNATTRIBUTED, noType]]} onChange={(assistantType) => onChange({ assistantType })} />
      <FilterSelect label={t('segments.session')} name="session" any={any} value={filter.sessionId} choices={project.sessions.map((x) => [x.id, x.title])} onChange={(sessionId) => onChange({ sessionId })} />
      <FilterSelect label={t('segments.site')} name="site" any={any} value={filter.site} choices={choices.sites.map((x) => [x, x])} onChange={(site) => onChange({ site })} />
      <FilterSelect label={t('segments.speaker')} name="speaker" any={any} value={filter.speakerId} choices={choices.speakers} onChange={(speakerId) => onChange({ speakerId })} />
    </>
  );
}

/** A value and what the user reads for it. */
type Choice = readonly [value: string, label: string];

/** One filter: "any" first, then its choices. */
function FilterSelect({ label, name, any, value, choices, onChange }: { label: string; name: string; any: string; value: string; choices: readonly Choice[]; onChange(value: string): void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} name={name}>
        <option value="">{any}</option>
        {choices.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
