/** Starts the renderer with the app's database and the host it runs in (desktop or web). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { TelaahDb } from './db/schema.ts';
import { detectHost } from './host/context.tsx';
import './styles.css';

const db = new TelaahDb();
if (!window.api) void navigator.storage?.persist?.();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App db={db} host={detectHost()} />
  </StrictMode>,
);
