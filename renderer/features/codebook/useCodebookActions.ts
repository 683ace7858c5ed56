/**
 * Writing codebook edits: edits that keep codes (rename, describe, colour, memo) change
 * the study only; edits that renumber or remove codes carry segments, summaries and memos
 * along in one transaction (shared/codebook-edit.ts decides how). Removals are remembered
 * so they can be undone.
 */
import { useCallback } from 'react';
import { recodeProject, type CodebookEdit } from '../../../shared/codebook-edit.ts';
import type { Codebook, Study } from '../../../shared/model.ts';
import { useDb } from '../../db/context.tsx';
import { applyToProject } from '../../db/project.ts';
import { updateStudy } from '../../db/studies.ts';
import { removeCodes } from '../../db/trash.ts';

export function useCodebookActions(study: Study, onError: (e: unknown) => void) {
  const db = useDb();
  const save = useCallback(
    async (change: (codebook: Codebook) => Codebook) => {
      try {
        await updateStudy(db, study.id, { codebook: change(study.codebook) });
      } catch (e) {
        onError(e);
      }
    },
    [db, study, onError],
  );
  const recode = useCallback(
    async (edit: (codebook: Codebook) => CodebookEdit) => {
      try {
        await applyToProject(db, study.id, (p) => recodeProject(p, edit(p.study.codebook)));
      } catch (e) {
        onError(e);
      }
    },
    [db, study.id, onError],
  );
  /** Removes a role or agenda; the deletion can be undone until the app is closed. */
  const remove = useCallback(
    async (name: string, edit: (codebook: Codebook) => CodebookEdit) => {
      try {
        await removeCodes(db, study.id, name, edit);
      } catch (e) {
        onError(e);
      }
    },
    [db, study.id, onError],
  );
  return { save, recode, remove };
}
