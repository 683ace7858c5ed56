/**
 * Work not yet saved to a project file, for the web build's reminder: the browser may
 * clear its storage, so a study changed more than a day ago and never saved as a file
 * is worth a word. Kept per study in localStorage: the digest of the project last saved
 * as a file, and since when the study has differed from it.
 */
const SAVED = (studyId: string) => `telaah.savedFile.${studyId}`;
const SINCE = (studyId: string) => `telaah.unsavedSince.${studyId}`;
export const REMIND_AFTER_MS = 24 * 60 * 60 * 1000;

/** Records the study's current state; called with each backup check. */
export function noteProjectState(studyId: string, digest: string, now = new Date()): void {
  const store = globalThis.localStorage;
  if (!store) return;
  if (store.getItem(SAVED(studyId)) === digest) store.removeItem(SINCE(studyId));
  else if (!store.getItem(SINCE(studyId))) store.setItem(SINCE(studyId), now.toISOString());
}

/** SHA-256 of a project file's text, as hex: how snapshots and saved files are compared. */
export async function digest(content: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(content));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The study was just saved as a project file with this content. */
export async function noteProjectSaved(studyId: string, content: string): Promise<void> {
  globalThis.localStorage?.setItem(SAVED(studyId), await digest(content));
  globalThis.localStorage?.removeItem(SINCE(studyId));
}

/** Since when the study has work not saved as a file, if that is more than a day ago. */
export function unsavedForADay(studyId: string, now = new Date()): Date | null {
  const since = globalThis.localStorage?.getItem(SINCE(studyId));
  if (!since) return null;
  const at = new Date(since);
  return now.getTime() - at.getTime() > REMIND_AFTER_MS ? at : null;
}
