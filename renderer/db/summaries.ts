/**
 * The researcher's summary of one matrix cell and its exemplar quotes. A cell with
 * neither a summary nor exemplars has no row.
 */
import type { CellSummary } from '../../shared/model.ts';
import type { TelaahDb } from './schema.ts';
import { touchStudy } from './study-touch.ts';

type CellKey = { studyId: string; code: string; assistantType: string };

async function updateCell(db: TelaahDb, key: CellKey, change: (cell: CellSummary) => CellSummary): Promise<void> {
  await db.transaction('rw', db.summaries, db.studies, async () => {
    const prior = await db.summaries.get([key.studyId, key.code, key.assistantType]);
    const next = change(prior ?? { code: key.code, assistantType: key.assistantType, text: '', exemplars: [] });
    if (next.text.trim() === '' && next.exemplars.length === 0) await db.summaries.delete([key.studyId, key.code, key.assistantType]);
    else await db.summaries.put({ ...next, studyId: key.studyId });
    await touchStudy(db, key.studyId);
  });
}

export function setCellSummary(db: TelaahDb, studyId: string, code: string, assistantType: string, text: string): Promise<void> {
  return db.saveStatus.track(() => updateCell(db, { studyId, code, assistantType }, (cell) => ({ ...cell, text })));
}

/** Mark or unmark a segment as an exemplar quote of the cell; a new one goes last. */
export function toggleExemplar(db: TelaahDb, studyId: string, code: string, assistantType: string, segmentId: string): Promise<void> {
  return db.saveStatus.track(() =>
    updateCell(db, { studyId, code, assistantType }, (cell) => ({
      ...cell,
      exemplars: cell.exemplars.includes(segmentId) ? cell.exemplars.filter((id) => id !== segmentId) : [...cell.exemplars, segmentId],
    })),
  );
}

/** Move an exemplar one place up (-1) or down (+1) in the cell's quoting order. */
export function moveExemplar(db: TelaahDb, studyId: string, code: string, assistantType: string, segmentId: string, by: -1 | 1): Promise<void> {
  return db.saveStatus.track(() =>
    updateCell(db, { studyId, code, assistantType }, (cell) => {
      const list = [...cell.exemplars];
      const i = list.indexOf(segmentId);
      const j = i + by;
      if (i < 0 || j < 0 || j >= list.length) return cell;
      [list[i], list[j]] = [list[j]!, list[i]!];
      return { ...cell, exemplars: list };
    }),
  );
}
