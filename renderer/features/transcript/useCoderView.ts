/**
 * The transcript as the coder sees it: everyone's segments, or in blind mode only their
 * own. Edits made in blind mode move the hidden segments with their words
 * (renderer/db/turns.ts), so nobody's work is lost by not being shown.
 */
import { useMemo } from 'react';
import type { CoderChoice } from '../../coder.ts';
import type { TranscriptData } from '../../db/hooks.ts';

export function useCoderView(data: TranscriptData | undefined, choice: CoderChoice): TranscriptData | undefined {
  return useMemo(() => {
    if (!data || !choice.blind || !choice.coder) return data;
    const segmentsByTurn = new Map([...data.segmentsByTurn].map(([turnId, segments]) => [turnId, segments.filter((s) => s.coder === choice.coder)]));
    return { ...data, segmentsByTurn };
  }, [data, choice.blind, choice.coder]);
}
