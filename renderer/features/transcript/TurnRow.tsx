/** One speaker turn: speaker and time on the left, the editable text, its coded segments on the right. */
import { memo } from 'react';
import type { AssistantType, Participant } from '../../../shared/model.ts';
import { formatTime } from '../../../shared/formats/timestamp.ts';
import type { SegmentRow, TurnRow as TurnData } from '../../db/schema.ts';
import { useT } from '../../i18n/context.tsx';
import { SegmentList } from './SegmentList.tsx';
import { TurnEditor, type TurnEditorProps } from './TurnEditor.tsx';

export interface TurnRowProps extends Pick<TurnEditorProps, 'focus' | 'onFocusDone' | 'onSelect' | 'onSplit' | 'onJoinPrevious' | 'onMove'> {
  turn: TurnData;
  index: number;
  segments: SegmentRow[];
  participants: Participant[];
  assistantTypes: AssistantType[];
  highlighted: boolean;
  onSpeaker(turnId: string, speakerId: string | null): void;
  onRemoveCode(segmentId: string, code: string): void;
  onSetType(segmentId: string, type: string | null): void;
}

export const TurnRow = memo(function TurnRow(props: TurnRowProps) {
  const t = useT();
  const { turn, segments, participants } = props;
  const speaker = participants.find((p) => p.id === turn.speakerId);
  return (
    <div className={`turn${props.highlighted ? ' turn-highlighted' : ''}`} data-turn-id={turn.id} data-speaker={speaker?.label ?? ''}>
      <div className="turn-meta">
        <select
          className={`speaker-chip type-${speaker?.assistantType ?? 'none'}`}
          aria-label={t('transcript.speaker')}
          value={turn.speakerId ?? ''}
          onChange={(e) => props.onSpeaker(turn.id, e.target.value || null)}
        >
          <option value="">{t('transcript.noSpeaker')}</option>
          {participants.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
              {p.assistantType ? ` (${p.assistantType})` : ''}
            </option>
          ))}
        </select>
        {turn.timestamp !== null && <span className="timestamp">[{formatTime(turn.timestamp)}]</span>}
      </div>
      <TurnEditor
        key={`${turn.id}:${turn.rev}`}
        turnId={turn.id}
        text={turn.text}
        spans={segments}
        label={t('transcript.turnLabel', { n: props.index + 1 })}
        placeholder={t('transcript.placeholder')}
        focus={props.focus}
        onFocusDone={props.onFocusDone}
        onSelect={props.onSelect}
        onSplit={props.onSplit}
        onJoinPrevious={props.onJoinPrevious}
        onMove={props.onMove}
      />
      <SegmentList
        segments={segments}
        assistantTypes={props.assistantTypes}
        speakerType={speaker?.assistantType ?? null}
        onRemoveCode={props.onRemoveCode}
        onSetType={props.onSetType}
      />
    </div>
  );
});
