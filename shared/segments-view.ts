/**
 * The segments of a whole study as one list, across sessions, with what a researcher
 * filters them by: code, role, agenda, assistant type (as counted in the matrix),
 * session, site, speaker, coder and words of the text.
 */
import type { Codebook, Project, Segment } from './model.ts';
import { effectiveAssistantType } from './study.ts';

export interface SegmentView {
  segment: Segment;
  session: string;
  speakerId: string | null;
  speaker: string;
  site: string;
  /** The type the segment counts for in the matrix, or null when unattributed. */
  assistantType: string | null;
  /** The text and memo as the text filter searches them, lower-cased once. */
  searchText: string;
}

export interface SegmentFilter {
  code: string;
  role: number | null;
  agenda: number | null;
  /** A type key, `''` for any, `'-'` for unattributed segments. */
  assistantType: string;
  sessionId: string;
  site: string;
  speakerId: string;
  coder: string;
  text: string;
}

export const ANY_SEGMENT: SegmentFilter = { code: '', role: null, agenda: null, assistantType: '', sessionId: '', site: '', speakerId: '', coder: '', text: '' };
export const UNATTRIBUTED = '-';

/** Segments in transcript order: session by session, turn by turn, by start. */
export function inTranscriptOrder<S extends Pick<Segment, 'sessionId' | 'turnId' | 'start' | 'end'>>(project: Pick<Project, 'sessions' | 'turns'>, segments: readonly S[]): S[] {
  const rank = new Map(project.sessions.map((s, i) => [s.id, i]));
  const order = new Map(project.turns.map((t) => [t.id, t.order]));
  return segments
    .map((segment) => ({ segment, rank: rank.get(segment.sessionId) ?? 0, order: order.get(segment.turnId) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order || a.segment.start - b.segment.start || a.segment.end - b.segment.end)
    .map((k) => k.segment);
}

/** Every segment with its session, speaker and site, in transcript order session by session. */
export function segmentViews(project: Project): SegmentView[] {
  const sessions = new Map(project.sessions.map((s, i) => [s.id, { title: s.title, rank: i }]));
  const turns = new Map(project.turns.map((t) => [t.id, t]));
  const people = new Map(project.participants.map((p) => [p.id, p]));
  return inTranscriptOrder(project, project.segments).map((segment) => {
      const speakerId = turns.get(segment.turnId)?.speakerId ?? null;
      const speaker = speakerId ? people.get(speakerId) : undefined;
      return {
        segment,
        session: sessions.get(segment.sessionId)?.title ?? '',
        speakerId,
        speaker: speaker?.label ?? '',
        site: speaker?.site ?? '',
        assistantType: effectiveAssistantType(segment, speaker),
        searchText: `${segment.text} ${segment.memo}`.toLocaleLowerCase('id'),
      };
    });
}

/** Role and agenda numbers of a code of this codebook (`4.2.3` → 2, 3). */
function position(codebook: Codebook, code: string): [number, number] {
  const [role, agenda] = code.slice(codebook.prefix.length + 1).split('.').map(Number);
  return [role ?? 0, agenda ?? 0];
}

export function filterSegments(views: readonly SegmentView[], filter: SegmentFilter, codebook: Codebook): SegmentView[] {
  const words = filter.text.toLocaleLowerCase('id').split(/\s+/).filter((w) => w !== '');
  const codeMatches = (code: string) => {
    if (filter.code !== '' && code !== filter.code) return false;
    const [role, agenda] = position(codebook, code);
    return (filter.role === null || role === filter.role) && (filter.agenda === null || agenda === filter.agenda);
  };
  return views.filter((v) => {
    if (!v.segment.codes.some(codeMatches)) return false;
    if (filter.assistantType === UNATTRIBUTED ? v.assistantType !== null : filter.assistantType !== '' && v.assistantType !== filter.assistantType) return false;
    if (filter.sessionId !== '' && v.segment.sessionId !== filter.sessionId) return false;
    if (filter.site !== '' && v.site !== filter.site) return false;
    if (filter.speakerId !== '' && v.speakerId !== filter.speakerId) return false;
    if (filter.coder !== '' && v.segment.coder !== filter.coder) return false;
    return words.every((w) => v.searchText.includes(w));
  });
}
