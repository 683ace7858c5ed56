/**
 * What a .qdpx written by Telaah carries for Telaah alone: beside `project.qde` (which
 * other tools read), the whole study as a Telaah project file in `telaah/`, with a
 * checksum of the `project.qde` it was written with. Reading a .qdpx, Telaah takes that
 * project file only while the checksum still matches, that is while no other tool has
 * rewritten the project; then nothing is lost in the round trip (a segment's assistant
 * type set by hand, summaries, exemplar order, adjudications, coder colours, memos,
 * consent records, settings). REFI-QDA tools ignore entries they do not know, and the
 * `project.qde` still validates against the schema on its own.
 */
import { strFromU8, strToU8 } from 'fflate';
import type { Project } from '../model.ts';
import { readProjectFile, writeProjectFile } from './project-file.ts';
import type { RestoredProject } from './project-restore.ts';

export const TELAAH_PROJECT_ENTRY = 'telaah/project.telaah.json';
export const TELAAH_CHECK_ENTRY = 'telaah/project.qde.check';

/** FNV-1a over the UTF-16 units, with the length: enough to see that a file was rewritten (no secret is guarded). */
export function qdeChecksum(qde: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < qde.length; i++) {
    hash ^= qde.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${qde.length}:${hash.toString(16).padStart(8, '0')}`;
}

/** The entries to add to a .qdpx written with `qde`. */
export function telaahEntries(project: Project, qde: string): Record<string, Uint8Array> {
  return { [TELAAH_PROJECT_ENTRY]: strToU8(writeProjectFile(project)), [TELAAH_CHECK_ENTRY]: strToU8(qdeChecksum(qde)) };
}

/** The study the archive carries for Telaah, when it does and its `project.qde` is still the one it was written with. */
export function telaahProject(zip: Record<string, Uint8Array>, qde: string, file: string): RestoredProject | null {
  const json = zip[TELAAH_PROJECT_ENTRY];
  const check = zip[TELAAH_CHECK_ENTRY];
  if (!json || !check || strFromU8(check).trim() !== qdeChecksum(qde)) return null;
  return readProjectFile(strFromU8(json), `${file}/${TELAAH_PROJECT_ENTRY}`);
}
