/**
 * Where whole-study changes to a shared study's transcripts go (an import of codings, a
 * coder's file, a recoding codebook edit): into its sessions' documents, through the team
 * that has the study open in this tab (collab/study-team.ts registers itself here). With
 * no team open, such a change is refused rather than made in the database alone, where the
 * documents would undo it.
 */
import type { Project } from '../../shared/model.ts';

export type TranscriptWriter = (before: Project, after: Project) => Promise<void>;

const writers = new Map<string, TranscriptWriter>();

/** Registers the writer of a shared study's transcripts; returns its removal. */
export function writeSharedTranscriptsWith(studyId: string, writer: TranscriptWriter): () => void {
  writers.set(studyId, writer);
  return () => {
    if (writers.get(studyId) === writer) writers.delete(studyId);
  };
}

export const sharedTranscriptWriter = (studyId: string): TranscriptWriter | undefined => writers.get(studyId);
