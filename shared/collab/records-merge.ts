/**
 * Two copies of a study's records (this computer's database and the shared study's
 * document) brought together against what they last agreed on (`base`): a record changed
 * on one side only goes to the other; changed on both, the document's wins (it already
 * holds the team's order of events); gone on one side, it goes on the other. Records are
 * compared as JSON.
 */
export interface Merged<T> {
  /** Records to write into the document (null: delete). */
  toDocument: Map<string, T | null>;
  /** Records to write into the database (null: delete). */
  toLocal: Map<string, T | null>;
  /** What both sides hold once those writes are done. */
  base: Map<string, string>;
}

export function mergeRecords<T>(base: ReadonlyMap<string, string>, local: ReadonlyMap<string, T>, document: ReadonlyMap<string, T>): Merged<T> {
  const toDocument = new Map<string, T | null>();
  const toLocal = new Map<string, T | null>();
  const next = new Map<string, string>();
  for (const key of new Set([...base.keys(), ...local.keys(), ...document.keys()])) {
    const was = base.get(key);
    const here = local.has(key) ? JSON.stringify(local.get(key)) : undefined;
    const there = document.has(key) ? JSON.stringify(document.get(key)) : undefined;
    if (here === there) {
      if (here !== undefined) next.set(key, here);
      continue;
    }
    if (there === was) {
      // Changed (or made, or removed) here only.
      toDocument.set(key, here === undefined ? null : local.get(key)!);
      if (here !== undefined) next.set(key, here);
    } else {
      // Changed in the document (by a teammate), or on both sides: the document's stands.
      toLocal.set(key, there === undefined ? null : document.get(key)!);
      if (there !== undefined) next.set(key, there);
    }
  }
  return { toDocument, toLocal, base: next };
}
