/**
 * Takes a version of the session's transcript automatically after every ten minutes of
 * editing, as a safety net under the continuous saving.
 */
import { useEffect, useRef } from 'react';
import { autoVersionDue } from '../../../shared/versions.ts';
import { useDb } from '../../db/context.tsx';
import { saveVersion } from '../../db/versions.ts';

const CHECK_EVERY_MS = 30_000;

/** `flush` writes what the open transcript still holds, so the version has it. */
export function useAutoVersions(sessionId: string, lastVersionAt: string | undefined, flush: () => Promise<void>): void {
  const db = useDb();
  const edits = useRef<{ first: number | null; versioning: boolean }>({ first: null, versioning: false });
  const last = useRef<number | null>(null);
  last.current = lastVersionAt ? Date.parse(lastVersionAt) : null;

  useEffect(() => {
    const state = edits.current;
    state.first = null;
    const offChange = db.saveStatus.subscribe(() => {
      if (!state.versioning && db.saveStatus.state() === 'saving') state.first ??= Date.now();
    });
    const timer = setInterval(() => {
      const now = Date.now();
      if (state.versioning || !autoVersionDue(last.current, state.first !== null, now, state.first)) return;
      state.versioning = true;
      // A full disk is shown in the save status; the version is tried again at the next check.
      void flush()
        .then(() => saveVersion(db, sessionId, 'auto'))
        .catch(() => {})
        .finally(() => {
        state.versioning = false;
        state.first = null;
      });
    }, CHECK_EVERY_MS);
    return () => {
      offChange();
      clearInterval(timer);
    };
  }, [db, sessionId, flush]);
}
