/** A shared study's records merged between this computer's database and the team's document. */
import { describe, expect, it } from 'vitest';
import { mergeRecords } from '../../shared/collab/records-merge.ts';

const map = (entries: Record<string, unknown>) => new Map(Object.entries(entries));
const base = (entries: Record<string, unknown>) => new Map(Object.entries(entries).map(([k, v]) => [k, JSON.stringify(v)]));

describe('merging a study’s records with the team’s document', () => {
  it('sends a change made here to the document and a teammate’s change here', () => {
    const was = { a: { n: 1 }, b: { n: 1 } };
    const merged = mergeRecords(base(was), map({ a: { n: 2 }, b: { n: 1 } }), map({ a: { n: 1 }, b: { n: 3 } }));
    expect(merged.toDocument).toEqual(map({ a: { n: 2 } }));
    expect(merged.toLocal).toEqual(map({ b: { n: 3 } }));
    expect(merged.base).toEqual(base({ a: { n: 2 }, b: { n: 3 } }));
  });

  it('adds and removes on either side, and keeps the document’s record when both changed it', () => {
    const was = { gone: 1, removedThere: 1, both: 'x' };
    const merged = mergeRecords(base(was), map({ removedThere: 1, mine: 'new', both: 'here' }), map({ gone: 1, theirs: 'new', both: 'there' }));
    expect(merged.toDocument).toEqual(map({ gone: null, mine: 'new' }));
    expect(merged.toLocal).toEqual(map({ removedThere: null, theirs: 'new', both: 'there' }));
    expect([...merged.base.keys()].sort()).toEqual(['both', 'mine', 'theirs']);
  });

  it('writes nothing when both sides hold the same, whatever the base says', () => {
    const merged = mergeRecords(base({ a: 1 }), map({ a: 2, b: 1 }), map({ a: 2, b: 1 }));
    expect(merged.toDocument.size + merged.toLocal.size).toBe(0);
    expect(merged.base).toEqual(base({ a: 2, b: 1 }));
  });
});
