/**
 * The foot pedal settings: connect a pedal (the browser's chooser offers only transcription
 * pedals), see which pedal is pressed, give each pedal its action, choose how the play
 * pedal plays, and teach a pedal whose reports differ from the Infinity's by pressing it.
 * While it is open, pressing a pedal only lights it: the recording does not move.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { DEFAULT_BITS, PEDAL_ACTIONS, PEDALS, taughtBit, type Pedal, type PedalAction, type PedalSettings } from '../../../shared/pedals.ts';
import { useT } from '../../i18n/context.tsx';
import { getSettings, updateSettings, useSettings } from '../../settings.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { pedalHub } from './pedal-hub.ts';
import { webHid } from './webhid.ts';

export function PedalDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const settings = useSettings();
  const pedals = useSyncExternalStore(pedalHub.subscribe, pedalHub.pedals);
  const [teaching, setTeaching] = useState<{ key: string; pedal: Pedal } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const supported = webHid() !== null;
  useEffect(() => {
    pedalHub.start();
    return pedalHub.tryOut();
  }, []);

  // While teaching, the next report that sets one new bit is that pedal's.
  useEffect(() => {
    if (!teaching) return;
    return pedalHub.listen((event) => {
      if (event.type !== 'report' || event.key !== teaching.key) return;
      const bit = taughtBit(event.before, event.after);
      if (bit === null) return;
      const { bits } = getSettings().pedals;
      updateSettings({ pedals: { ...getSettings().pedals, bits: { ...bits, [teaching.key]: { ...(bits[teaching.key] ?? DEFAULT_BITS), [teaching.pedal]: bit } } } });
      setTeaching(null);
    });
  }, [teaching]);

  async function connect() {
    setProblem(null);
    try {
      if (!(await pedalHub.request())) setProblem(t('pedals.noneChosen'));
    } catch (error) {
      setProblem(t('pedals.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  }

  const setPedals = (patch: Partial<PedalSettings>) => updateSettings({ pedals: { ...getSettings().pedals, ...patch } });
  const setAction = (pedal: Pedal, action: PedalAction) => setPedals({ actions: { ...settings.pedals.actions, [pedal]: action } });

  return (
    <Dialog labelledBy="pedal-title" onCancel={onClose} className="pedal-dialog">
      <h3 id="pedal-title">{t('pedals.title')}</h3>
      <p className="muted">{t('pedals.intro')}</p>
      {!supported && (
        <p className="notice notice-info" role="status">
          {t('pedals.unsupported')}
        </p>
      )}
      {problem && (
        <p className="danger-text" role="alert">
          {problem}
        </p>
      )}
      {supported && (
        <button type="button" onClick={() => void connect()}>
          {t('pedals.connect')}
        </button>
      )}
      {pedals.length === 0 ? (
        supported && <p className="muted">{t('pedals.none')}</p>
      ) : (
        <ul className="pedal-list" aria-label={t('pedals.connected')}>
          {pedals.map((device) => (
            <li key={device.key} data-pedal-device={device.key}>
              <strong>{device.name}</strong> <span className="muted">({device.key})</span>
              <div className="pedal-row" role="group" aria-label={t('pedals.pressed', { name: device.name })}>
                {PEDALS.map((pedal) => (
                  <span key={pedal} className={`pedal-light${device.down.has(pedal) ? ' pedal-down' : ''}`} data-pedal={pedal} data-down={device.down.has(pedal)}>
                    {t(`pedals.${pedal}`)}
                    {device.down.has(pedal) && <span className="sr-only"> {t('pedals.down')}</span>}
                  </span>
                ))}
              </div>
              <div className="pedal-teach">
                {PEDALS.map((pedal) => (
                  <button key={pedal} type="button" className="link" onClick={() => setTeaching({ key: device.key, pedal })} aria-pressed={teaching?.key === device.key && teaching.pedal === pedal}>
                    {t('pedals.teach', { pedal: t(`pedals.${pedal}`) })}
                  </button>
                ))}
              </div>
              {teaching?.key === device.key && (
                <p className="notice notice-info" role="status">
                  {t('pedals.teaching', { pedal: t(`pedals.${teaching.pedal}`) })}{' '}
                  <button type="button" className="link" onClick={() => setTeaching(null)}>
                    {t('common.cancel')}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="form-grid pedal-actions">
        {PEDALS.map((pedal) => (
          <label key={pedal}>
            {t('pedals.actionOf', { pedal: t(`pedals.${pedal}`) })}
            <select value={settings.pedals.actions[pedal]} onChange={(e) => setAction(pedal, e.target.value as PedalAction)}>
              {PEDAL_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(`pedals.action.${a}`)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <fieldset className="pedal-mode">
        <legend>{t('pedals.playMode')}</legend>
        <label className="inline-field">
          <input type="radio" name="pedal-mode" checked={settings.pedals.playMode === 'hold'} onChange={() => setPedals({ playMode: 'hold' })} />
          {t('pedals.hold')}
        </label>
        <label className="inline-field">
          <input type="radio" name="pedal-mode" checked={settings.pedals.playMode === 'toggle'} onChange={() => setPedals({ playMode: 'toggle' })} />
          {t('pedals.toggle')}
        </label>
      </fieldset>
      <p className="muted">{t('pedals.keyboardPedals')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
