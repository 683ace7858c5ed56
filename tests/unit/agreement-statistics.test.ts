import { describe, expect, it } from 'vitest';
import { brennanPrediger, cohenKappa, krippendorffAlpha, percentAgreement, binaryAgreement } from '../../shared/agreement/statistics.ts';
import { randomSource } from './fuzz/malform.ts';

const columns = (a: readonly (number | null)[], b: readonly (number | null)[]) => a.map((x, i) => [x, b[i] ?? null]);

describe('agreement statistics against published worked examples', () => {
  it('Krippendorff (2011), binary data, two observers, no missing data: alpha = 0.095', () => {
    // "Computing Krippendorff's Alpha-Reliability", section A.
    const ben = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const gerry = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    expect(krippendorffAlpha(columns(ben, gerry))).toBeCloseTo(0.095, 3);
  });

  it('Krippendorff (2011), nominal data, four observers with missing data: alpha = 0.743', () => {
    // Section C; rows are units 1–12, columns observers A–D.
    const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
    const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
    const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
    const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
    const units = A.map((_, i) => [A[i]!, B[i]!, C[i]!, D[i]!].map((v) => v ?? null));
    expect(krippendorffAlpha(units)).toBeCloseTo(0.743, 3);
  });

  it('Cohen’s kappa on the textbook 2 × 2 table (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): 0.4', () => {
    const units = [...Array(20).fill([1, 1]), ...Array(5).fill([1, 0]), ...Array(10).fill([0, 1]), ...Array(15).fill([0, 0])];
    expect(percentAgreement(units)).toBeCloseTo(0.7, 10);
    expect(cohenKappa(units)).toBeCloseTo(0.4, 10);
  });

  it('Cohen’s kappa with unequal marginals (45/15/25/15 of 100): 0.06 / 0.46', () => {
    // po = 0.60; pe = 0.60·0.70 + 0.40·0.30 = 0.54; kappa = 0.06 / 0.46.
    const units = [...Array(45).fill([1, 1]), ...Array(15).fill([1, 0]), ...Array(25).fill([0, 1]), ...Array(15).fill([0, 0])];
    expect(cohenKappa(units)).toBeCloseTo(0.06 / 0.46, 10);
    // Brennan–Prediger ignores the marginals: (0.60 − 0.5) / 0.5.
    expect(brennanPrediger(units, 2)).toBeCloseTo(0.2, 10);
  });
});

describe('agreement statistics at the edges', () => {
  it('is perfect when coders agree on varied values, and undefined for kappa and alpha without variation', () => {
    expect(cohenKappa([[1, 1], [0, 0]])).toBe(1);
    expect(krippendorffAlpha([[1, 1], [0, 0]])).toBe(1);
    const allZero = [[0, 0], [0, 0], [0, 0]];
    expect(percentAgreement(allZero)).toBe(1);
    expect(cohenKappa(allZero)).toBeNull();
    expect(krippendorffAlpha(allZero)).toBeNull();
    expect(brennanPrediger(allZero, 2)).toBe(1);
  });

  it('leaves out units one coder did not code, and has nothing to say without units', () => {
    expect(percentAgreement([[1, null], [null, 0]])).toBeNull();
    expect(cohenKappa([])).toBeNull();
    expect(krippendorffAlpha([[1, null], [null, 1]])).toBeNull();
    expect(percentAgreement([[1, 1], [0, null], [1, 0]])).toBe(0.5);
  });

  it('is below zero when coders disagree more than chance would', () => {
    expect(cohenKappa([[1, 0], [0, 1], [1, 0], [0, 1]])).toBe(-1);
    expect(krippendorffAlpha([[1, 0], [0, 1], [1, 0], [0, 1]])!).toBeLessThan(0);
  });

  it('gives the same coefficients from the four counts of yes/no decisions as from the decisions listed', () => {
    const next = randomSource(5);
    for (let i = 0; i < 300; i++) {
      const t = { both: Math.floor(next() * 6), onlyA: Math.floor(next() * 4), onlyB: Math.floor(next() * 4), neither: Math.floor(next() * 40) };
      const data = [...Array(t.both).fill([1, 1]), ...Array(t.onlyA).fill([1, 0]), ...Array(t.onlyB).fill([0, 1]), ...Array(t.neither).fill([0, 0])] as number[][];
      const counted = binaryAgreement(t);
      const close = (x: number | null, y: number | null) => (x === null || y === null ? expect(x).toBe(y) : expect(x).toBeCloseTo(y, 12));
      close(counted.percent, percentAgreement(data));
      close(counted.cohen, cohenKappa(data));
      close(counted.alpha, krippendorffAlpha(data));
      close(counted.brennanPrediger, brennanPrediger(data, 2));
    }
  });
});
