/**
 * Screens are addressed by the URL hash (`#/study/ID/matrix`), so a reload returns the
 * user to the same place and the web build and the desktop app navigate alike.
 */
import { useEffect, useState } from 'react';

export const STUDY_TABS = ['sessions', 'participants', 'codebook', 'segments', 'explore', 'matrix', 'team', 'export'] as const;
export type StudyTab = (typeof STUDY_TABS)[number];

export type Route =
  | { page: 'studies' }
  | { page: 'backups' }
  | { page: 'study'; studyId: string; tab: StudyTab }
  | { page: 'session'; studyId: string; sessionId: string; turnId?: string }
  | { page: 'compare'; studyId: string; sessionId: string; a: string; b: string };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'cadangan') return { page: 'backups' };
  if (parts[0] === 'study' && parts[1]) {
    if (parts[2] === 'compare' && parts[3]) {
      const params = new URLSearchParams(query);
      return { page: 'compare', studyId: parts[1], sessionId: parts[3], a: params.get('a') ?? '', b: params.get('b') ?? '' };
    }
    if (parts[2] === 'session' && parts[3]) {
      const turnId = new URLSearchParams(query).get('turn') ?? undefined;
      return { page: 'session', studyId: parts[1], sessionId: parts[3], ...(turnId ? { turnId } : {}) };
    }
    const tab = STUDY_TABS.find((t) => t === parts[2]) ?? 'sessions';
    return { page: 'study', studyId: parts[1], tab };
  }
  return { page: 'studies' };
}

export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'studies':
      return '#/';
    case 'backups':
      return '#/cadangan';
    case 'study':
      return `#/study/${encodeURIComponent(route.studyId)}/${route.tab}`;
    case 'compare':
      return `#/study/${encodeURIComponent(route.studyId)}/compare/${encodeURIComponent(route.sessionId)}?${new URLSearchParams({ a: route.a, b: route.b })}`;
    case 'session':
      return `#/study/${encodeURIComponent(route.studyId)}/session/${encodeURIComponent(route.sessionId)}${route.turnId ? `?turn=${encodeURIComponent(route.turnId)}` : ''}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
