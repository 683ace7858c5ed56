/** The host the renderer talks to: the desktop preload's `window.api`, else the web host. */
import { createContext, useContext, type ReactNode } from 'react';
import type { Api } from '../../shared/api.ts';
import { webHost } from './web-host.ts';

declare global {
  interface Window {
    api?: Api;
  }
}

export function detectHost(): Api {
  return window.api ?? webHost;
}

const HostContext = createContext<Api>(webHost);

export function HostProvider({ host, children }: { host: Api; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): Api {
  return useContext(HostContext);
}
