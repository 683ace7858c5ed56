/** The researcher's summary of one matrix cell; an empty text removes it. */
import type { TelaahDb } from './schema.ts';
import { tracked } from './save-status.ts';

export function setCellSummary(db: TelaahDb, studyId: string, code: string, assistantType: string, text: string): Promise<void> {
  return tracked(async () => {
    if (text.trim() === '') await db.summaries.delete([studyId, code, assistantType]);
    else await db.summaries.put({ studyId, code, assistantType, text });
  });
}
