/**
 * "Tersimpan" once every write is stored, "Menyimpan…" while writes are waiting, "Gagal
 * menyimpan" when one failed. Typing is written every few dozen milliseconds, so a short
 * wait is not shown: "Menyimpan…" appears only once writes have been waiting for
 * SHOW_SAVING_AFTER_MS, so the label (and a screen reader) does not flicker with every
 * key. `data-state` always carries the state itself.
 */
import { useEffect, useState } from 'react';
import type { SaveState } from '../db/save-status.ts';

export const SHOW_SAVING_AFTER_MS = 500;

export function SaveStatus({ state, labels }: { state: SaveState; labels: Record<SaveState, string> }) {
  const [shown, setShown] = useState<SaveState>(state);
  useEffect(() => {
    if (state !== 'saving') return setShown(state);
    const timer = setTimeout(() => setShown('saving'), SHOW_SAVING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className={`save-status save-${shown}`} role="status" aria-live="polite" data-testid="save-status" data-state={state}>
      {labels[shown]}
    </span>
  );
}
