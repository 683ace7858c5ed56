/** "Tersimpan", "Menyimpan…", "Gagal menyimpan" or that the disk is full, as a polite live region. */
import type { Ref } from 'react';
import type { SaveState } from '../db/save-status.ts';

export function SaveStatus({ state, labels, ref }: { state: SaveState; labels: Record<SaveState, string>; ref?: Ref<HTMLSpanElement> }) {
  return (
    <span ref={ref} className={`save-status save-${state}`} role="status" aria-live="polite" data-testid="save-status" data-state={state}>
      {labels[state]}
    </span>
  );
}
