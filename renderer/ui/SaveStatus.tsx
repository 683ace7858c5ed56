/** "Menyimpan…" while writes are in flight, "Tersimpan" once they are all stored. */
import type { SaveState } from '../db/save-status.ts';

export function SaveStatus({ state, labels }: { state: SaveState; labels: Record<SaveState, string> }) {
  return (
    <span className={`save-status save-${state}`} role="status" aria-live="polite" data-testid="save-status">
      {labels[state]}
    </span>
  );
}
