import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute, type Route } from '../../renderer/router.ts';

describe('screen addresses', () => {
  it.each<Route>([
    { page: 'studies' },
    { page: 'study', studyId: 'abc', tab: 'matrix' },
    { page: 'session', studyId: 'abc', sessionId: 's 1' },
    { page: 'session', studyId: 'abc', sessionId: 's1', turnId: 't9' },
  ])('reads back the address it writes for %o', (route) => {
    expect(parseRoute(hrefOf(route))).toEqual(route);
  });

  it('falls back to the sessions tab and to the studies list', () => {
    expect(parseRoute('#/study/abc/unknown')).toEqual({ page: 'study', studyId: 'abc', tab: 'sessions' });
    expect(parseRoute('#/nothing')).toEqual({ page: 'studies' });
  });
});
