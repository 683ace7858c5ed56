/**
 * The hotkey help panel: every transcription action with its key, each reassignable by
 * pressing the new key (a foot pedal's key press works the same way), plus the skip,
 * rewind-on-resume and tenths settings.
 */
import { useEffect, useState } from 'react';
import { bindingProblem, comboOf, conflictOf, DEFAULT_KEYMAP, HOTKEY_ACTIONS, rebind, speakerNumber, type BindingProblem, type HotkeyAction } from '../../../shared/hotkeys.ts';
import type { Participant } from '../../../shared/model.ts';
import type { Roster } from '../../../shared/roster.ts';
import { useT } from '../../i18n/context.tsx';
import { updateSettings, type TranscriptionSettings } from '../../settings.ts';
import { useKeyCapture } from '../../ui/useKeyCapture.ts';
import { PedalDialog } from '../pedals/PedalDialog.tsx';

export interface HotkeyHelpProps {
  settings: TranscriptionSettings;
  roster: Roster;
  onClose(): void;
  /** Hotkeys are off while a new key is being captured. */
  onCapturing(capturing: boolean): void;
}

/** A number of seconds in tenths, within bounds (`fallback` for what is not a number). */
const tenthsWithin = (value: number, min: number, max: number, fallback: number) => (Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value * 10) / 10)) : fallback);

/** A key pressed for an action that another action has: swapped only when the user says so. */
interface Clash {
  action: HotkeyAction;
  combo: string;
  other: HotkeyAction;
}

export function HotkeyHelp({ settings, roster, onClose, onCapturing }: HotkeyHelpProps) {
  const t = useT();
  const [capturing, setCapturing] = useState<HotkeyAction | null>(null);
  const [refused, setRefused] = useState<{ combo: string; problem: BindingProblem } | null>(null);
  const [clash, setClash] = useState<Clash | null>(null);
  const [pedals, setPedals] = useState(false);
  const name = (action: HotkeyAction) => {
    const n = speakerNumber(action);
    return n === null ? t(`hotkeys.${action as Exclude<HotkeyAction, `speaker${number}`>}`) : t('hotkeys.speaker', { n });
  };

  useEffect(() => onCapturing(capturing !== null), [capturing, onCapturing]);
  useKeyCapture((event) => {
    const combo = comboOf(event);
    if (combo === null || capturing === null) return false;
    setCapturing(null);
    // Esc leaves the key as it was, unless Esc is what play/pause is being given.
    if (combo === 'Escape' && capturing !== 'playPause') return true;
    const problem = bindingProblem(combo);
    if (problem) {
      setRefused({ combo, problem });
      return true;
    }
    const other = conflictOf(settings.keymap, capturing, combo);
    if (other) setClash({ action: capturing, combo, other });
    else updateSettings({ keymap: rebind(settings.keymap, capturing, combo) });
    return true;
  }, capturing !== null);

  function capture(action: HotkeyAction) {
    setRefused(null);
    setClash(null);
    setCapturing(action);
  }

  const who = (action: HotkeyAction): Participant | undefined => {
    const n = speakerNumber(action);
    return action === 'moderatorTurn' ? roster.moderator : n === null ? undefined : roster.speakers[n - 1];
  };

  return (
    <aside className="hotkey-help" aria-label={t('hotkeys.title')}>
      <header>
        <h3>{t('hotkeys.title')}</h3>
        <button type="button" className="notice-close" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {refused && (
        <p className="danger-text" role="alert">
          {t(`hotkeys.refused.${refused.problem}`, { key: refused.combo })}
        </p>
      )}
      {clash && (
        <div className="notice notice-info hotkey-clash" role="alertdialog" aria-label={t('hotkeys.clash', { key: clash.combo, other: name(clash.other) })}>
          <span>{t('hotkeys.clash', { key: clash.combo, other: name(clash.other) })}</span>
          <button
            type="button"
            onClick={() => {
              updateSettings({ keymap: rebind(settings.keymap, clash.action, clash.combo, true) });
              setClash(null);
            }}
          >
            {t('hotkeys.swap', { action: name(clash.action), key: clash.combo, other: name(clash.other) })}
          </button>
          <button type="button" onClick={() => setClash(null)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
      <table className="data-table hotkey-table">
        <tbody>
          {HOTKEY_ACTIONS.map((action) => {
            const n = speakerNumber(action);
            const person = who(action);
            return (
              <tr key={action} data-action={action}>
                <td>
                  {n === null ? t(`hotkeys.${action as Exclude<HotkeyAction, `speaker${number}`>}`) : t('hotkeys.speaker', { n })}
                  {(n !== null || action === 'moderatorTurn') && <span className="muted"> · {person?.label ?? t('hotkeys.nobody')}</span>}
                </td>
                <td>
                  <kbd>{capturing === action ? t('hotkeys.pressKey') : settings.keymap[action] || '—'}</kbd>
                </td>
                <td>
                  <button type="button" className="link" aria-label={t('hotkeys.change', { action })} onClick={() => capture(action)}>
                    {t('hotkeys.changeShort')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="form-grid">
        <label>
          {t('hotkeys.skip')}
          <input type="number" min={0.5} max={60} step={0.1} value={settings.skipSeconds} onChange={(e) => updateSettings({ skipSeconds: tenthsWithin(Number(e.target.value), 0.5, 60, 5) })} />
        </label>
        <label>
          {t('hotkeys.rewind')}
          <input type="number" min={0} max={5} step={0.1} value={settings.rewindSeconds} onChange={(e) => updateSettings({ rewindSeconds: tenthsWithin(Number(e.target.value), 0, 5, 0) })} />
        </label>
        <label title={t('hotkeys.speakerLeadHelp')}>
          {t('hotkeys.speakerLead')}
          <input type="number" min={0} max={2} step={0.1} value={settings.speakerLeadSeconds} onChange={(e) => updateSettings({ speakerLeadSeconds: tenthsWithin(Number(e.target.value), 0, 2, 0) })} />
        </label>
        <label className="inline-field">
          <input type="checkbox" checked={settings.tenths} onChange={(e) => updateSettings({ tenths: e.target.checked })} />
          {t('hotkeys.tenths')}
        </label>
        <label className="inline-field" title={t('hotkeys.typingPauseHelp')}>
          <input type="checkbox" checked={settings.typingPause} onChange={(e) => updateSettings({ typingPause: e.target.checked })} />
          {t('hotkeys.typingPause')}
        </label>
        {settings.typingPause && (
          <label>
            {t('hotkeys.typingResume')}
            <input type="number" min={0.3} max={5} step={0.1} value={settings.typingResumeSeconds} onChange={(e) => updateSettings({ typingResumeSeconds: tenthsWithin(Number(e.target.value), 0.3, 5, 1) })} />
          </label>
        )}
      </div>
      <div className="hotkey-help-links">
        <button type="button" className="link" onClick={() => updateSettings({ keymap: DEFAULT_KEYMAP })}>
          {t('hotkeys.reset')}
        </button>
        <button type="button" onClick={() => setPedals(true)}>
          {t('pedals.open')}
        </button>
      </div>
      {pedals && <PedalDialog onClose={() => setPedals(false)} />}
    </aside>
  );
}
