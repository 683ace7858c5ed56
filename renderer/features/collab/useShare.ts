/** Whether a study is shared on a team server, and as whom, live; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/context.tsx';
import type { ShareRow } from '../../db/schema.ts';

export function useShare(studyId: string): ShareRow | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.shares.get(studyId)) ?? null, [db, studyId]);
}
