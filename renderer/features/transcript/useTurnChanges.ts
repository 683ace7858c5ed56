/**
 * What the transcript's editors and segment lists ask for, as recorded database changes:
 * split, join, move between turns, choose a speaker, remove a code, set an assistant
 * type, write a segment's memo, move a segment's edges. Each change is recorded for undo, and the caret is put where the user expects it.
 */
import { useCallback } from 'react';
import { useDb } from '../../db/context.tsx';
import type { TranscriptData } from '../../db/hooks.ts';
import { trimSpan } from '../../../shared/span-edit.ts';
import { removeCode, setSegmentMemo, setSegmentSpan, setSegmentType } from '../../db/segments.ts';
import { joinWithPrevious, setTurnSpeaker, splitTurn, type TurnEdit } from '../../db/turns.ts';
import { scopeWithEdit } from '../../db/undo.ts';
import type { FocusRequest } from './plugins/FocusPlugin.tsx';
import type { Undo } from './useUndo.ts';

/** The text selected in a turn, when the coder means to re-span a segment over it. */
export type CurrentSelection = () => { turnId: string; start: number; end: number } | null;

export function useTurnChanges(
  data: TranscriptData | undefined,
  undo: Undo,
  requestFocus: (turnId: string, at: FocusRequest['at'], rev?: number) => void,
  currentSelection: CurrentSelection,
  onSelectionMissing: () => void,
) {
  const db = useDb();
  const turns = data?.turns;
  const onSplit = useCallback(
    async (edit: TurnEdit, offset: number) => {
      await undo.record(
        [edit.turnId],
        async () => {
          const created = await splitTurn(db, edit, offset);
          // The caret moves as soon as the turn exists, before the change is recorded for undo.
          if (created) requestFocus(created, 'start');
          return created ? [created] : [];
        },
        (before) => scopeWithEdit(before, edit),
      );
    },
    [db, undo, requestFocus],
  );
  const onJoinPrevious = useCallback(
    async (edit: TurnEdit) => {
      const previous = turns?.[turns.findIndex((x) => x.id === edit.turnId) - 1];
      if (!previous) return;
      await undo.record(
        [previous.id, edit.turnId],
        async () => {
          const joined = await joinWithPrevious(db, edit);
          if (joined) requestFocus(joined.turnId, joined.offset, joined.rev);
        },
        (before) => scopeWithEdit(before, edit),
      );
    },
    [db, undo, turns, requestFocus],
  );
  const onMove = useCallback(
    (turnId: string, direction: -1 | 1) => {
      const index = turns?.findIndex((x) => x.id === turnId) ?? -1;
      const next = turns?.[index + direction];
      if (next) requestFocus(next.id, direction < 0 ? 'end' : 'start');
    },
    [turns, requestFocus],
  );
  const segmentsByTurn = data?.segmentsByTurn;
  const turnOfSegment = useCallback(
    (segmentId: string) => [...(segmentsByTurn?.values() ?? [])].flat().find((x) => x.id === segmentId)?.turnId,
    [segmentsByTurn],
  );
  const onSpeaker = useCallback((turnId: string, speakerId: string | null) => void undo.record([turnId], () => setTurnSpeaker(db, turnId, speakerId)), [db, undo]);
  const onRemoveCode = useCallback(
    (segmentId: string, code: string) => {
      const turnId = turnOfSegment(segmentId);
      if (turnId) void undo.record([turnId], () => removeCode(db, segmentId, code));
    },
    [db, undo, turnOfSegment],
  );
  const onSetType = useCallback(
    (segmentId: string, type: string | null) => {
      const turnId = turnOfSegment(segmentId);
      if (turnId) void undo.record([turnId], () => setSegmentType(db, segmentId, type));
    },
    [db, undo, turnOfSegment],
  );

  const onSetMemo = useCallback(
    (segmentId: string, memo: string) => {
      const turnId = turnOfSegment(segmentId);
      if (turnId) void undo.record([turnId], () => setSegmentMemo(db, segmentId, memo));
    },
    [db, undo, turnOfSegment],
  );
  const onSetSpan = useCallback(
    (segmentId: string, start: number, end: number) => {
      const turnId = turnOfSegment(segmentId);
      if (turnId) void undo.record([turnId], () => setSegmentSpan(db, segmentId, start, end));
    },
    [db, undo, turnOfSegment],
  );
  const onSpanFromSelection = useCallback(
    (segmentId: string) => {
      const turnId = turnOfSegment(segmentId);
      const selected = currentSelection();
      const text = turns?.find((x) => x.id === turnId)?.text ?? '';
      const span = selected && selected.turnId === turnId ? trimSpan(text, selected) : null;
      if (!turnId || !span || span.start >= span.end) return onSelectionMissing();
      void undo.record([turnId], () => setSegmentSpan(db, segmentId, span.start, span.end));
    },
    [db, undo, turns, turnOfSegment, currentSelection, onSelectionMissing],
  );
  return { onSplit, onJoinPrevious, onMove, onSpeaker, onRemoveCode, onSetType, onSetMemo, onSetSpan, onSpanFromSelection };
}
