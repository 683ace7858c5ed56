/**
 * Live reads for components: each hook wraps `useLiveQuery`, so a screen updates as soon
 * as the data it shows changes anywhere in the app. `undefined` means "still loading".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Participant, Project, Session, Study } from '../../shared/model.ts';
import { useDb } from './context.tsx';
import { holdStudyData, studyData, type StudySnapshot } from './study-data.ts';
import type { Deleted } from './trash-list.ts';
import type { SaveState } from './save-status.ts';
import type { MediaRow, SegmentRow, SummaryRow, TurnRow, VersionRow } from './schema.ts';

export function useStudies(): Study[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.studies.orderBy('updatedAt').reverse().toArray(), [db]);
}

export function useStudy(id: string): Study | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.studies.get(id)) ?? null, [db, id]);
}

export function useSessions(studyId: string): Session[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.sessions.where('studyId').equals(studyId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [db, studyId]);
}

export function useSession(id: string): Session | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.sessions.get(id)) ?? null, [db, id]);
}

export function useParticipants(studyId: string): Participant[] | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => (await db.participants.where('studyId').equals(studyId).toArray()).sort((a, b) => a.label.localeCompare(b.label, 'id')),
    [db, studyId],
  );
}

/**
 * Counts of a study, worked out from the tab's shared copy of it (study-data.ts), so
 * typing in another tab, which changes no count, does not read the study again.
 */
function useStudyCounts(studyId: string, count: Count): Map<string, number> | undefined {
  const project = useProject(studyId);
  return useMemo(() => {
    if (!project) return undefined;
    const counts = new Map<string, number>();
    count(project, (key) => counts.set(key, (counts.get(key) ?? 0) + 1));
    return counts;
  }, [project, count]);
}

type Count = (project: Project, add: (key: string) => void) => void;
const segmentsPerSession: Count = (p, add) => p.segments.forEach((s) => add(s.sessionId));
const segmentsPerCode: Count = (p, add) => p.segments.forEach((s) => s.codes.forEach(add));
const turnsPerSession: Count = (p, add) => p.turns.forEach((t) => add(t.sessionId));

/** Number of coded segments per session of a study. */
export function useSegmentCounts(studyId: string): Map<string, number> | undefined {
  return useStudyCounts(studyId, segmentsPerSession);
}

/** Number of segments carrying each code of a study. */
export function useCodeUses(studyId: string): Map<string, number> | undefined {
  return useStudyCounts(studyId, segmentsPerCode);
}

/** Number of turns per session of a study. */
export function useTurnCounts(studyId: string): Map<string, number> | undefined {
  return useStudyCounts(studyId, turnsPerSession);
}

export function useSummaries(studyId: string): SummaryRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.summaries.where('studyId').equals(studyId).toArray(), [db, studyId]);
}

/**
 * The whole study as one project, for the analysis screens: one copy per tab, kept up to
 * date from the changes (see study-data.ts). A turn's text changing alone keeps the same
 * project; `useStudySnapshot` also tells those changes, for screens that show turn text.
 */
export function useStudySnapshot(studyId: string): StudySnapshot {
  const data = useHeldStudyData(studyId);
  return useSyncExternalStore(data.subscribe, data.snapshot);
}

/** The study's project alone: a screen using it is not rendered again when only turn texts change. */
export function useProject(studyId: string): Project | undefined {
  const data = useHeldStudyData(studyId);
  return useSyncExternalStore(data.subscribe, () => data.snapshot().project);
}

function useHeldStudyData(studyId: string) {
  const db = useDb();
  const data = useMemo(() => studyData(db, studyId), [db, studyId]);
  useEffect(() => holdStudyData(db, studyId), [db, studyId]);
  return data;
}

export function useSaveState(): SaveState {
  const { saveStatus } = useDb();
  return useSyncExternalStore(saveStatus.subscribe, saveStatus.state);
}

export interface TranscriptData {
  turns: TurnRow[];
  segmentsByTurn: Map<string, SegmentRow[]>;
}

/** A session's turns and segments read together, so an editor never sees one without the other. */
export function useTranscript(sessionId: string): TranscriptData | undefined {
  const db = useDb();
  return useLiveQuery(
    () =>
      db.transaction('r', db.turns, db.segments, async () => {
        const turns = await db.turns.where('[sessionId+order]').between([sessionId, -Infinity], [sessionId, Infinity]).toArray();
        const segmentsByTurn = new Map<string, SegmentRow[]>();
        for (const s of await db.segments.where('sessionId').equals(sessionId).toArray()) {
          segmentsByTurn.set(s.turnId, [...(segmentsByTurn.get(s.turnId) ?? []), s].sort((a, b) => a.start - b.start || a.end - b.end));
        }
        return { turns, segmentsByTurn };
      }),
    [db, sessionId],
  );
}

/** The recording of a session: undefined while loading, null when none is attached. */
export function useSessionMedia(sessionId: string): MediaRow | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.media.get(sessionId)) ?? null, [db, sessionId]);
}

/** A session's versions, newest first. */
export function useVersions(sessionId: string): VersionRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.versions.where('[sessionId+createdAt]').between([sessionId, ''], [sessionId, '\uffff']).reverse().toArray(), [db, sessionId]);
}

/** What was deleted since the app started, newest first, to offer undoing it. */
export function useDeleted(): readonly Deleted[] {
  const { trash } = useDb();
  return useSyncExternalStore(trash.subscribe, trash.items);
}
