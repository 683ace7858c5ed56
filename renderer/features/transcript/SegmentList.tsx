/**
 * The coded segments of one turn, beside it: code chips (removable), the assistant type
 * each counts for, its memo; the chosen segment (from its stripe or its quote) also shows
 * controls to extend or shrink its span.
 */
import type { AssistantType, Lang } from '../../../shared/model.ts';
import type { SegmentRow } from '../../db/schema.ts';
import { useT } from '../../i18n/context.tsx';
import { SpanControls } from './SpanControls.tsx';

export interface SegmentListProps {
  segments: SegmentRow[];
  assistantTypes: AssistantType[];
  speakerType: string | null;
  onRemoveCode(segmentId: string, code: string): void;
  onSetType(segmentId: string, type: string | null): void;
  onSetMemo(segmentId: string, memo: string): void;
  /** The turn's text now (read when a span is moved, not at every key). */
  turnText(): string;
  chosenId: string | null;
  onChoose(segmentId: string | null): void;
  /** The language memos are written in, for spell checking. */
  textLang: Lang;
  codeColors: ReadonlyMap<string, string>;
  onSetSpan(segmentId: string, start: number, end: number): void;
  onSpanFromSelection(segmentId: string): void;
  /** Another tab is editing: the segments are shown, not changed. */
  readOnly?: boolean;
}

export function SegmentList(props: SegmentListProps) {
  const { segments, assistantTypes, speakerType, onRemoveCode, onSetType, onSetMemo, chosenId, onChoose, codeColors, readOnly = false, textLang } = props;
  const t = useT();
  if (segments.length === 0) return null;
  const speakerLabel = assistantTypes.find((x) => x.key === speakerType)?.key;
  return (
    <ul className="segment-list">
      {segments.map((s) => {
        const effective = s.assistantType ?? speakerType;
        return (
          <li
            key={s.id}
            className={`segment${effective === null ? ' segment-unattributed' : ''}${chosenId === s.id ? ' segment-chosen' : ''}`}
            data-segment-id={s.id}
            title={effective === null ? t('coding.unattributed') : s.text}
            style={{ borderLeftColor: effective === null ? undefined : codeColors.get(s.codes[0] ?? '') }}
          >
            <button type="button" className="segment-quote" aria-expanded={chosenId === s.id} onClick={() => onChoose(chosenId === s.id ? null : s.id)}>
              <q>{s.text.length > 70 ? `${s.text.slice(0, 67)}…` : s.text}</q>
            </button>
            {chosenId === s.id && !readOnly && <SpanControls segment={s} turnText={props.turnText} onSetSpan={props.onSetSpan} onSpanFromSelection={props.onSpanFromSelection} />}
            <div className="segment-controls">
              {s.codes.map((code) => (
                <span key={code} className="code-chip" style={{ background: codeColors.get(code) }}>
                  {code}
                  {!readOnly && <button type="button" className="chip-remove" aria-label={t('coding.removeCode', { code })} onClick={() => onRemoveCode(s.id, code)}>
                    ×
                  </button>}
                </span>
              ))}
              <select
                className="segment-type"
                disabled={readOnly}
                aria-label={t('coding.type')}
                value={s.assistantType ?? ''}
                onChange={(e) => onSetType(s.id, e.target.value === '' ? null : e.target.value)}
              >
                <option value="">{speakerLabel ? t('coding.typeDefault', { type: speakerLabel }) : t('coding.typeDefaultNone')}</option>
                {assistantTypes.map((type) => (
                  <option key={type.key} value={type.key}>
                    {type.key}
                  </option>
                ))}
              </select>
            </div>
            <details className="segment-memo" open={s.memo !== ''}>
              <summary>{t('coding.memo')}</summary>
              <textarea
                aria-label={t('coding.memoFor', { text: s.text.slice(0, 30) })}
                defaultValue={s.memo}
                rows={2}
                readOnly={readOnly}
                placeholder={t('coding.memoPlaceholder')}
                lang={textLang}
                spellCheck
                onBlur={(e) => e.target.value !== s.memo && onSetMemo(s.id, e.target.value)}
              />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
