/**
 * The hotkey help panel: every transcription action with its key, each reassignable by
 * pressing the new key (a foot pedal's key press works the same way), plus the skip,
 * rewind-on-resume and tenths settings.
 */
import { useEffect, useState } from 'react';
import { comboOf, DEFAULT_KEYMAP, HOTKEY_ACTIONS, rebind, speakerNumber, type HotkeyAction } from '../../../shared/hotkeys.ts';
import type { Participant } from '../../../shared/model.ts';
import type { Roster } from '../../../shared/roster.ts';
import { useT } from '../../i18n/context.tsx';
import { updateSettings, type TranscriptionSettings } from '../../settings.ts';
import { useKeyCapture } from '../../ui/useKeyCapture.ts';

export interface HotkeyHelpProps {
  settings: TranscriptionSettings;
  roster: Roster;
  onClose(): void;
  /** Hotkeys are off while a new key is being captured. */
  onCapturing(capturing: boolean): void;
}

export function HotkeyHelp({ settings, roster, onClose, onCapturing }: HotkeyHelpProps) {
  const t = useT();
  const [capturing, setCapturing] = useState<HotkeyAction | null>(null);

  useEffect(() => onCapturing(capturing !== null), [capturing, onCapturing]);
  useKeyCapture((event) => {
    const combo = comboOf(event);
    if (combo === null || capturing === null) return false;
    if (combo !== 'Escape' || capturing === 'playPause') updateSettings({ keymap: rebind(settings.keymap, capturing, combo) });
    setCapturing(null);
    return true;
  }, capturing !== null);

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
                  <button type="button" className="link" aria-label={t('hotkeys.change', { action })} onClick={() => setCapturing(action)}>
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
          <input type="number" min={1} max={60} value={settings.skipSeconds} onChange={(e) => updateSettings({ skipSeconds: Math.min(60, Math.max(1, Number(e.target.value) || 5)) })} />
        </label>
        <label>
          {t('hotkeys.rewind')}
          <input type="number" min={0} max={5} step={0.5} value={settings.rewindSeconds} onChange={(e) => updateSettings({ rewindSeconds: Math.min(5, Math.max(0, Number(e.target.value) || 0)) })} />
        </label>
        <label className="inline-field">
          <input type="checkbox" checked={settings.tenths} onChange={(e) => updateSettings({ tenths: e.target.checked })} />
          {t('hotkeys.tenths')}
        </label>
      </div>
      <button type="button" className="link" onClick={() => updateSettings({ keymap: DEFAULT_KEYMAP })}>
        {t('hotkeys.reset')}
      </button>
    </aside>
  );
}
