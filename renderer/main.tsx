/** Starts the renderer with the app's database and the host it runs in (desktop or web). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { replayJournal } from './db/journal.ts';
import { replayUnloadBatches, studiesWithUnloadBatches } from './db/unload-journal.ts';
import { whileNobodyEdits } from './features/transcript/session/editing-lock.ts';
import { TelaahDb } from './db/schema.ts';
import { detectHost } from './host/context.tsx';
import './styles.css';

const db = new TelaahDb();
if (!window.api) void navigator.storage?.persist?.();

/** Rows a closing transcript screen kept for studies no tab is editing now are stored again. */
async function replayClosedPages(): Promise<void> {
  for (const studyId of studiesWithUnloadBatches()) await whileNobodyEdits(studyId, () => replayUnloadBatches(db, studyId));
}

// Text typed just before the last window closed comes back before anything is shown.
void replayJournal(db)
  .then(replayClosedPages)
  .catch((error: unknown) => console.error('journal replay failed', error))
  .finally(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App db={db} host={detectHost()} />
      </StrictMode>,
    ),
  );
