/**
 * One speaker turn: speaker and time on the left, its text (the live editor when the
 * caret is in it, static text otherwise), its coding stripes and its coded segments on
 * the right. It reads its own turn from the session, so typing redraws this row only.
 */
import { memo, useCallback, useMemo, useState, useSyncExternalStore, type MouseEvent } from 'react';
import { useDesktop } from '../../../desktop/context.tsx';
import { offsetAtPoint, selectedIn } from './dom-offset.ts';
import type { AssistantType, Lang, Participant } from '../../../../shared/model.ts';
import { formatClock } from '../../../../shared/formats/timestamp.ts';
import type { SegmentRow } from '../../../db/schema.ts';
import { useT } from '../../../i18n/context.tsx';
import type { SelectedSpan } from '../plugins/SelectionPlugin.tsx';
import type { SessionStore } from '../session/session-store.ts';
import { SegmentList } from '../SegmentList.tsx';
import { CodingStripes } from '../stripes/CodingStripes.tsx';
import { LiveTurnEditor } from './LiveTurnEditor.tsx';
import { StaticTurnText } from './StaticTurnText.tsx';
import type { ClickPlay } from './play-clicked.ts';
import { wordAtOffset } from '../../../../shared/words.ts';
import { TurnPresence } from '../../collab/CollabStatus.tsx';

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
  /** Each coder's colour when several coders' segments are shown; null otherwise. */
  coderColors: ReadonlyMap<string, string> | null;
  /** Seeks the recording (and plays from there when `play`); absent when the session has no playable recording. */
  onSeek?: (seconds: number, play?: boolean) => void;
  tenths: boolean;
  readOnly: boolean;
  /** The language the transcript is written in: its text is spell-checked in it. */
  textLang: Lang;
}

export const TurnRow = memo(function TurnRow(props: TurnRowProps) {
  const t = useT();
  const { store, turnId, participants, isShown, readOnly } = props;
  // Each part is read on its own, so typing in an uncoded turn redraws none of the row around the editor.
  const live = useSyncExternalStore(store.subscribe, () => !readOnly && store.focus().active === turnId);
  const exists = useSyncExternalStore(store.subscribe, () => store.get(turnId) !== undefined);
  const speakerId = useSyncExternalStore(store.subscribe, () => store.get(turnId)?.turn.speakerId ?? null);
  const timestamp = useSyncExternalStore(store.subscribe, () => store.get(turnId)?.turn.timestamp ?? null);
  const unchecked = useSyncExternalStore(store.subscribe, () => store.get(turnId)?.turn.unchecked === true);
  const text = useSyncExternalStore(store.subscribe, () => (live ? null : (store.get(turnId)?.turn.text ?? '')));
  const all = useSyncExternalStore(store.subscribe, () => store.get(turnId)?.segments);
  const turnText = useCallback(() => store.get(turnId)?.turn.text ?? '', [store, turnId]);
  const [chosen, setChosen] = useState<string | null>(null);
  const segments = useMemo(() => all?.filter(isShown) ?? [], [all, isShown]);
  const desktop = useDesktop();
  const { onSeek } = props;
  // Clicks that play: a time mark, or Ctrl+click on a word of the draft (its time, found in the text as it is now).
  const play = useMemo<ClickPlay | undefined>(
    () =>
      onSeek && {
        playFrom: (seconds) => onSeek(seconds, true),
        wordTimeAt: (offset) => {
          const turn = store.get(turnId)?.turn;
          const index = turn?.words ? wordAtOffset(turn.text, turn.words, offset) : null;
          return index === null ? null : turn!.words![index]!.start;
        },
      },
    [onSeek, store, turnId],
  );
  if (!exists) return null;
  // A right-click on coded text offers its segment (the innermost under the pointer); on a selection, to code it.
  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    const root = event.currentTarget.querySelector<HTMLElement>('.turn-text');
    if (!root || !root.contains(event.target as Node)) return;
    const offset = offsetAtPoint(root, event.clientX, event.clientY);
    const under = offset === null ? undefined : segments.filter((s) => s.start <= offset && offset < s.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    const selected = selectedIn(root);
    desktop.setContextTarget({ segmentId: under?.id ?? null, codable: !readOnly && selected !== null && selected.text.trim() !== '', openSegment: under ? () => setChosen(under.id) : null });
  };
  const speaker = participants.find((p) => p.id === speakerId);
  const label = t('transcript.turnLabel', { n: props.index + 1 });
  const placeholder = t('transcript.placeholder');
  return (
    <div className={`turn${props.highlighted ? ' turn-highlighted' : ''}${unchecked ? ' turn-unchecked' : ''}`} data-turn-id={turnId} data-speaker={speaker?.label ?? ''} onContextMenu={onContextMenu}>
      <TurnMeta store={store} turnId={turnId} speakerId={speakerId} timestamp={timestamp} unchecked={unchecked} participants={participants} readOnly={readOnly} onSeek={props.onSeek} tenths={props.tenths} />
      {live || text === null ? (
        <LiveTurnEditor key={turnId} store={store} turnId={turnId} isShown={isShown} label={label} placeholder={placeholder} onSelect={props.onSelect} textLang={props.textLang} play={play} />
      ) : (
        <StaticTurnText textLang={props.textLang} turnId={turnId} text={text} segments={segments} label={label} placeholder={placeholder} onActivate={readOnly ? undefined : store.activate} play={play} />
      )}
      <CodingStripes segments={segments} colors={props.codeColors} coderColors={props.coderColors} chosenId={chosen} onChoose={(id) => setChosen((c) => (c === id ? null : id))} />
      <SegmentList
        turnText={turnText}
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
        textLang={props.textLang}
      />
    </div>
  );
});

interface TurnMetaProps {
  store: SessionStore;
  turnId: string;
  speakerId: string | null;
  timestamp: number | null;
  /** A turn of an automatic transcript nobody has read yet. */
  unchecked: boolean;
  participants: Participant[];
  readOnly: boolean;
  /** Plays the recording from a time (the turn's time, clicked). */
  onSeek?: (seconds: number, play?: boolean) => void;
  tenths: boolean;
}

/** The speaker and time of a turn; drawn again only when they change, not while the turn is typed in. */
const TurnMeta = memo(function TurnMeta({ store, turnId, speakerId, timestamp, unchecked, participants, readOnly, onSeek, tenths }: TurnMetaProps) {
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
          <button type="button" className="timestamp" title={t('media.seekTo', { time: formatClock(timestamp, tenths) })} onClick={() => onSeek(timestamp, true)}>
            [{formatClock(timestamp, tenths)}]
          </button>
        ) : (
          <span className="timestamp">[{formatClock(timestamp, tenths)}]</span>
        ))}
      {unchecked && (
        <button type="button" className="unchecked-mark" disabled={readOnly} title={t('draft.confirmHint')} onClick={() => store.confirm(turnId)}>
          {t('draft.unchecked')} ✓
        </button>
      )}
      <TurnPresence turnId={turnId} />
    </div>
  );
});
