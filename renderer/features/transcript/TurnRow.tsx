/** One speaker turn: speaker and time on the left, the editable text, its coded segments on the right. */
import { memo, useState } from 'react';
import type { AssistantType, Participant } from '../../../shared/model.ts';
import { formatClock } from '../../../shared/formats/timestamp.ts';
import type { SegmentRow, TurnRow as TurnData } from '../../db/schema.ts';
import { useT } from '../../i18n/context.tsx';
import { SegmentList } from './SegmentList.tsx';
import { CodingStripes } from './stripes/CodingStripes.tsx';
import { TurnEditor, type TurnEditorProps } from './TurnEditor.tsx';

export interface TurnRowProps extends Pick<TurnEditorProps, 'focus' | 'onFocusDone' | 'onSelect' | 'onSplit' | 'onJoinPrevious' | 'onMove' | 'onActivate' | 'onTyped'> {
  turn: TurnData;
  index: number;
  segments: SegmentRow[];
  participants: Participant[];
  assistantTypes: AssistantType[];
  highlighted: boolean;
  onSpeaker(turnId: string, speakerId: string | null): void;
  onRemoveCode(segmentId: string, code: string): void;
  onSetType(segmentId: string, type: string | null): void;
  onSetMemo(segmentId: string, memo: string): void;
  onSetSpan(segmentId: string, start: number, end: number): void;
  onSpanFromSelection(segmentId: string): void;
  /** Colour of each code (its role's colour), for chips and stripes. */
  codeColors: ReadonlyMap<string, string>;
  /** Seeks the recording; absent when the session has no playable recording. */
  onSeek?: (seconds: number) => void;
  tenths: boolean;
}

export const TurnRow = memo(function TurnRow(props: TurnRowProps) {
  const t = useT();
  const { turn, segments, participants } = props;
  const speaker = participants.find((p) => p.id === turn.speakerId);
  const [chosen, setChosen] = useState<string | null>(null);
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
        {turn.timestamp !== null &&
          (props.onSeek ? (
            <button type="button" className="timestamp" title={t('media.seekTo', { time: formatClock(turn.timestamp, props.tenths) })} onClick={() => props.onSeek?.(turn.timestamp ?? 0)}>
              [{formatClock(turn.timestamp, props.tenths)}]
            </button>
          ) : (
            <span className="timestamp">[{formatClock(turn.timestamp, props.tenths)}]</span>
          ))}
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
        onActivate={props.onActivate}
        onTyped={props.onTyped}
      />
      <CodingStripes segments={segments} colors={props.codeColors} chosenId={chosen} onChoose={(id) => setChosen((c) => (c === id ? null : id))} />
      <SegmentList
        turnText={turn.text}
        chosenId={chosen}
        onChoose={setChosen}
        codeColors={props.codeColors}
        onSetSpan={props.onSetSpan}
        onSpanFromSelection={props.onSpanFromSelection}
        segments={segments}
        assistantTypes={props.assistantTypes}
        speakerType={speaker?.assistantType ?? null}
        onRemoveCode={props.onRemoveCode}
        onSetType={props.onSetType}
        onSetMemo={props.onSetMemo}
      />
    </div>
  );
});
