/**
 * One speaker turn: speaker and time on the left, its text (the live editor when the
 * caret is in it, static text otherwise), its coding stripes and its coded segments on
 * the right. It reads its own turn from the session, so typing redraws this row only.
 */
import { memo, useMemo, useState, useSyncExternalStore } from 'react';
import type { AssistantType, Participant } from '../../../../shared/model.ts';
import { formatClock } from '../../../../shared/formats/timestamp.ts';
import type { SegmentRow } from '../../../db/schema.ts';
import { useT } from '../../../i18n/context.tsx';
import type { SelectedSpan } from '../plugins/SelectionPlugin.tsx';
import type { SessionStore } from '../session/session-store.ts';
import { SegmentList } from '../SegmentList.tsx';
import { CodingStripes } from '../stripes/CodingStripes.tsx';
import { LiveTurnEditor } from './LiveTurnEditor.tsx';
import { StaticTurnText } from './StaticTurnText.tsx';

export interface TurnRowProps {
  store: SessionStore;
  turnId: string;
  index: number;
  participants: Participant[];
  assistantTypes: AssistantType[];
  highlighted: boolean;
  /** Whether the coder sees a segment (blind mode shows only their own). */
  isShown(segment: SegmentRow): boolean;
  onSelect(turnId: string, span: SelectedSpan | null): void;
  onSpanFromSelection(segmentId: string): void;
  /** Colour of each code (its role's colour), for chips and stripes. */
  codeColors: ReadonlyMap<string, string>;
  /** Seeks the recording; absent when the session has no playable recording. */
  onSeek?: (seconds: number) => void;
  tenths: boolean;
  readOnly: boolean;
}

export const TurnRow = memo(function TurnRow(props: TurnRowProps) {
  const t = useT();
  const { store, turnId, participants, isShown, readOnly } = props;
  const state = useSyncExternalStore(store.subscribe, () => store.get(turnId));
  const live = useSyncExternalStore(store.subscribe, () => !readOnly && store.focus().active === turnId);
  const [chosen, setChosen] = useState<string | null>(null);
  const all = state?.segments;
  const segments = useMemo(() => all?.filter(isShown) ?? [], [all, isShown]);
  if (!state) return null;
  const { turn } = state;
  const speaker = participants.find((p) => p.id === turn.speakerId);
  const label = t('transcript.turnLabel', { n: props.index + 1 });
  const placeholder = t('transcript.placeholder');
  return (
    <div className={`turn${props.highlighted ? ' turn-highlighted' : ''}`} data-turn-id={turn.id} data-speaker={speaker?.label ?? ''}>
      <TurnMeta store={store} turnId={turn.id} speakerId={turn.speakerId} timestamp={turn.timestamp} participants={participants} readOnly={readOnly} onSeek={props.onSeek} tenths={props.tenths} />
      {live ? (
        <LiveTurnEditor key={turn.id} store={store} turnId={turn.id} isShown={isShown} label={label} placeholder={placeholder} onSelect={props.onSelect} />
      ) : (
        <StaticTurnText turnId={turn.id} text={turn.text} segments={segments} label={label} placeholder={placeholder} onActivate={readOnly ? undefined : store.activate} />
      )}
      <CodingStripes segments={segments} colors={props.codeColors} chosenId={chosen} onChoose={(id) => setChosen((c) => (c === id ? null : id))} />
      <SegmentList
        turnText={turn.text}
        chosenId={chosen}
        onChoose={setChosen}
        codeColors={props.codeColors}
        onSetSpan={(id, start, end) => store.setSegmentSpan(id, start, end)}
        onSpanFromSelection={props.onSpanFromSelection}
        segments={segments}
        assistantTypes={props.assistantTypes}
        speakerType={speaker?.assistantType ?? null}
        onRemoveCode={(id, code) => store.removeCode(id, code)}
        onSetType={(id, type) => store.setSegmentType(id, type)}
        onSetMemo={(id, memo) => store.setSegmentMemo(id, memo)}
        readOnly={readOnly}
      />
    </div>
  );
});

interface TurnMetaProps {
  store: SessionStore;
  turnId: string;
  speakerId: string | null;
  timestamp: number | null;
  participants: Participant[];
  readOnly: boolean;
  onSeek?: (seconds: number) => void;
  tenths: boolean;
}

/** The speaker and time of a turn; drawn again only when they change, not while the turn is typed in. */
const TurnMeta = memo(function TurnMeta({ store, turnId, speakerId, timestamp, participants, readOnly, onSeek, tenths }: TurnMetaProps) {
  const t = useT();
  const speaker = participants.find((p) => p.id === speakerId);
  return (
    <div className="turn-meta">
      <select
        className={`speaker-chip type-${speaker?.assistantType ?? 'none'}`}
        aria-label={t('transcript.speaker')}
        value={speakerId ?? ''}
        disabled={readOnly}
        onChange={(e) => store.setSpeaker(turnId, e.target.value || null)}
      >
        <option value="">{t('transcript.noSpeaker')}</option>
        {participants.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
            {p.assistantType ? ` (${p.assistantType})` : ''}
          </option>
        ))}
      </select>
      {timestamp !== null &&
        (onSeek ? (
          <button type="button" className="timestamp" title={t('media.seekTo', { time: formatClock(timestamp, tenths) })} onClick={() => onSeek(timestamp)}>
            [{formatClock(timestamp, tenths)}]
          </button>
        ) : (
          <span className="timestamp">[{formatClock(timestamp, tenths)}]</span>
        ))}
    </div>
  );
});
