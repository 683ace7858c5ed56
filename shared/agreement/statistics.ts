/**
 * Inter-coder agreement statistics on nominal data. Reliability data are a list of units,
 * each with the value every coder gave it (`null` where a coder gave none). The
 * coefficients follow their sources:
 * - percent agreement: units where two coders gave the same value, over units both coded;
 * - Cohen's kappa (1960): (po − pe) / (1 − pe), pe from each coder's own marginals;
 * - Brennan and Prediger's kappa (1981): (po − 1/q) / (1 − 1/q) for q categories;
 * - Krippendorff's alpha, nominal (Krippendorff 2011, "Computing Krippendorff's
 *   Alpha-Reliability"): 1 − Do/De from the coincidence matrix, any number of coders,
 *   missing values allowed, units with fewer than two values left out.
 * A coefficient that cannot be computed (no units, or no variation at all, where it
 * would divide by zero) is null.
 */

export type Value = string | number | boolean;

/** Units × coders; null where a coder gave the unit no value. */
export type ReliabilityData = readonly (readonly (Value | null)[])[];

/** Pairs of the two coders' values on the units both coded. */
function pairsOf(data: ReliabilityData): [Value, Value][] {
  const pairs: [Value, Value][] = [];
  for (const unit of data) {
    const [a, b] = unit;
    if (a !== null && a !== undefined && b !== null && b !== undefined) pairs.push([a, b]);
  }
  return pairs;
}

export function percentAgreement(data: ReliabilityData): number | null {
  const pairs = pairsOf(data);
  if (pairs.length === 0) return null;
  return pairs.filter(([a, b]) => a === b).length / pairs.length;
}

export function cohenKappa(data: ReliabilityData): number | null {
  const pairs = pairsOf(data);
  if (pairs.length === 0) return null;
  const n = pairs.length;
  const first = new Map<Value, number>();
  const second = new Map<Value, number>();
  let agree = 0;
  for (const [a, b] of pairs) {
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
    if (a === b) agree++;
  }
  const po = agree / n;
  let pe = 0;
  for (const [value, count] of first) pe += (count / n) * ((second.get(value) ?? 0) / n);
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

/** `categories`: how many values a coder could give (2 for "code applied or not"). */
export function brennanPrediger(data: ReliabilityData, categories: number): number | null {
  const po = percentAgreement(data);
  if (po === null || categories < 2) return null;
  return (po - 1 / categories) / (1 - 1 / categories);
}

export function krippendorffAlpha(data: ReliabilityData): number | null {
  // Coincidences o_ck: each ordered pair of values within a unit, weighted 1/(m_u − 1).
  const coincidences = new Map<Value, Map<Value, number>>();
  const add = (c: Value, k: Value, w: number) => {
    const row = coincidences.get(c) ?? new Map<Value, number>();
    row.set(k, (row.get(k) ?? 0) + w);
    coincidences.set(c, row);
  };
  for (const unit of data) {
    const values = unit.filter((v): v is Value => v !== null && v !== undefined);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const totals = new Map<Value, number>();
  let n = 0;
  for (const [c, row] of coincidences) {
    let nc = 0;
    for (const w of row.values()) nc += w;
    totals.set(c, nc);
    n += nc;
  }
  if (n <= 1) return null;
  let observed = 0;
  for (const [c, row] of coincidences) for (const [k, w] of row) if (c !== k) observed += w;
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  const Do = observed / n;
  const De = expected / (n * (n - 1));
  return De === 0 ? null : 1 - Do / De;
}

/**
 * Two coders' yes/no decisions counted: units where both applied the code, only the
 * first, only the second, neither. Every coefficient above depends on these four counts
 * alone when the values are yes/no and both coders decided every unit.
 */
export interface Tally {
  both: number;
  onlyA: number;
  onlyB: number;
  neither: number;
}

export const NO_DECISIONS: Tally = { both: 0, onlyA: 0, onlyB: 0, neither: 0 };

export function addTally(into: Tally, t: Tally): void {
  into.both += t.both;
  into.onlyA += t.onlyA;
  into.onlyB += t.onlyB;
  into.neither += t.neither;
}

export interface BinaryAgreement {
  percent: number | null;
  cohen: number | null;
  alpha: number | null;
  brennanPrediger: number | null;
}

/** The coefficients above from the four counts, in time independent of the number of units (equal to them on the listed data; see the tests). */
export function binaryAgreement(t: Tally): BinaryAgreement {
  const n = t.both + t.onlyA + t.onlyB + t.neither;
  if (n === 0) return { percent: null, cohen: null, alpha: null, brennanPrediger: null };
  const po = (t.both + t.neither) / n;
  const yesA = (t.both + t.onlyA) / n;
  const yesB = (t.both + t.onlyB) / n;
  const pe = yesA * yesB + (1 - yesA) * (1 - yesB);
  // Coincidences: each unit gives two ordered pairs, so 2n values in all.
  const values = 2 * n;
  const yes = 2 * t.both + t.onlyA + t.onlyB;
  const no = 2 * t.neither + t.onlyA + t.onlyB;
  const Do = (2 * (t.onlyA + t.onlyB)) / values;
  const De = (2 * yes * no) / (values * (values - 1));
  return { percent: po, cohen: pe === 1 ? null : (po - pe) / (1 - pe), alpha: De === 0 ? null : 1 - Do / De, brennanPrediger: (po - 1 / 2) / (1 - 1 / 2) };
}
