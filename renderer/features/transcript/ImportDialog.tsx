/**
 * The speaker-mapping step of a transcript import: every speaker label found in the file
 * is mapped to an existing participant, to a new participant (whose name can be edited),
 * or merged with another label. For Whisper JSON the pause that starts a new turn is
 * settable. Nothing is stored until the user confirms.
 */
import { useMemo, useState } from 'react';
import { defaultChoices, speakerLabels, turnsFromChoices, type SpeakerChoice } from '../../../shared/formats/speaker-map.ts';
import { extensionOf, parseTranscriptFile } from '../../../shared/formats/transcript-file.ts';
import type { TranscriptTurn } from '../../../shared/formats/transcript-txt.ts';
import { DEFAULT_WHISPER_GAP } from '../../../shared/formats/transcript-whisper.ts';
import type { OpenedFile } from '../../../shared/api.ts';
import type { Participant } from '../../../shared/model.ts';
import { useT } from '../../i18n/context.tsx';
import { Dialog } from '../../ui/Dialog.tsx';

export interface ImportDialogProps {
  file: OpenedFile;
  participants: Participant[];
  /** Turns the session has now: with any, the file replaces them or comes after them. */
  existingTurns: number;
  onCancel(): void;
  onImport(turns: TranscriptTurn[], into: 'replace' | 'append'): void;
}

function encode(choice: SpeakerChoice, participants: Participant[]): string {
  if (choice.kind === 'skip') return 'skip';
  if (choice.kind === 'merge') return `merge:${choice.into}`;
  if (choice.kind === 'participant') return `p:${participants.find((p) => p.label === choice.label)?.id ?? ''}`;
  return 'new';
}

export function ImportDialog({ file, participants, existingTurns, onCancel, onImport }: ImportDialogProps) {
  const t = useT();
  const [into, setInto] = useState<'replace' | 'append'>('replace');
  const isWhisper = extensionOf(file.name) === 'json';
  const [gap, setGap] = useState(DEFAULT_WHISPER_GAP);
  const turns = useMemo(() => parseTranscriptFile(file.name, file.bytes ?? file.content, { gapSeconds: gap }), [file, gap]);
  const labels = useMemo(() => speakerLabels(turns), [turns]);
  const [choices, setChoices] = useState(() => defaultChoices(labels, participants, turns));
  const kept = useMemo(() => turnsFromChoices(turns, choices), [turns, choices]);
  const counts = useMemo(() => {
    const n = new Map<string, number>();
    for (const turn of turns) if (turn.speaker !== null) n.set(turn.speaker, (n.get(turn.speaker) ?? 0) + 1);
    return n;
  }, [turns]);

  function choose(label: string, value: string) {
    const next = new Map(choices);
    if (value === 'new') next.set(label, { kind: 'new', label });
    else if (value === 'skip') next.set(label, { kind: 'skip' });
    else if (value.startsWith('merge:')) next.set(label, { kind: 'merge', into: value.slice(6) });
    else next.set(label, { kind: 'participant', label: participants.find((p) => `p:${p.id}` === value)?.label ?? label });
    setChoices(next);
  }

  function rename(label: string, name: string) {
    setChoices(new Map(choices).set(label, { kind: 'new', label: name }));
  }

  return (
    <Dialog labelledBy="import-title" onCancel={onCancel}>
      <h3 id="import-title">{t('import.title', { file: file.name })}</h3>
      <p className="muted">{t('import.summary', { turns: turns.length, labels: labels.length })}</p>
      {isWhisper && (
        <label className="inline-field">
          {t('import.gap')}
          <input type="number" min={0} step={0.5} value={gap} onChange={(e) => setGap(Math.max(0, Number(e.target.value) || 0))} />
        </label>
      )}
      {labels.length === 0 ? (
        <p className="empty">{t('import.noSpeakers')}</p>
      ) : (
        <table className="data-table speaker-map">
          <thead>
            <tr>
              <th>{t('import.label')}</th>
              <th className="num">{t('import.turns')}</th>
              <th>{t('import.becomes')}</th>
            </tr>
          </thead>
          <tbody>
            {labels.map((label) => {
              const choice = choices.get(label) ?? { kind: 'new', label };
              return (
                <tr key={label} data-label={label}>
                  <td>{label}</td>
                  <td className="num">{counts.get(label) ?? 0}</td>
                  <td>
                    <div className="speaker-choice">
                      <select aria-label={t('import.becomesFor', { label })} value={encode(choice, participants)} onChange={(e) => choose(label, e.target.value)}>
                        <optgroup label={t('import.participants')}>
                          {participants.map((p) => (
                            <option key={p.id} value={`p:${p.id}`}>
                              {p.label}
                              {p.assistantType ? ` (${p.assistantType})` : ''}
                            </option>
                          ))}
                        </optgroup>
                        <option value="new">{t('import.newParticipant')}</option>
                        <option value="skip">{t('import.skip')}</option>
                        <optgroup label={t('import.mergeWith')}>
                          {labels
                            .filter((other) => other !== label)
                            .map((other) => (
                              <option key={other} value={`merge:${other}`}>
                                {other}
                              </option>
                            ))}
                        </optgroup>
                      </select>
                      {choice.kind === 'new' && <input aria-label={t('import.newName', { label })} value={choice.label} onChange={(e) => rename(label, e.target.value)} />}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {existingTurns > 0 && (
        <fieldset className="transcribe-into">
          <legend>{t('import.into', { n: existingTurns })}</legend>
          <label className="inline">
            <input type="radio" name="into" checked={into === 'replace'} onChange={() => setInto('replace')} /> {t('import.replace')}
          </label>
          <label className="inline">
            <input type="radio" name="into" checked={into === 'append'} onChange={() => setInto('append')} /> {t('import.append')}
          </label>
        </fieldset>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => onImport(kept, into)} disabled={kept.length === 0}>
          {t('import.confirm', { n: kept.length })}
        </button>
      </div>
    </Dialog>
  );
}
