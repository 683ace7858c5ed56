/**
 * Versions of a session's transcript: when an automatic snapshot is due (after ten
 * minutes of editing since the last one), and the word count shown beside each version.
 */

export const AUTO_VERSION_INTERVAL_MS = 10 * 60 * 1000;

export function countWords(texts: readonly string[]): number {
  return texts.reduce((n, text) => n + (text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0);
}

/** An automatic version is due when the transcript changed and ten minutes passed since the last version. */
export function autoVersionDue(lastVersionAt: number | null, editedSince: boolean, now: number, firstEditAt: number | null): boolean {
  if (!editedSince) return false;
  const since = lastVersionAt ?? firstEditAt;
  return since !== null && now - since >= AUTO_VERSION_INTERVAL_MS;
}
