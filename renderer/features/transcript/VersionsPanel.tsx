/**
 * The versions of a session's transcript: saved on demand ("Simpan versi") or every ten
 * minutes of editing, listed with time and word count. Any version can be read and
 * restored; the current text becomes a version first.
 */
import { useState } from 'react';
import type { Participant } from '../../../shared/model.ts';
import { formatClock } from '../../../shared/formats/timestamp.ts';
import { useDb } from '../../db/context.tsx';
import type { VersionRow } from '../../db/schema.ts';
import { saveVersion } from '../../db/versions.ts';
import { useLang } from '../../i18n/context.tsx';
import type { SessionStore } from './session/session-store.ts';
import { localeOf } from '../../../shared/locale.ts';
import { Dialog } from '../../ui/Dialog.tsx';

export interface VersionsPanelProps {
  store: SessionStore;
  readOnly: boolean;
  versions: VersionRow[];
  participants: Participant[];
  onClose(): void;
  onRestored(): void;
}

export function VersionsPanel({ store, readOnly, versions, participants, onClose, onRestored }: VersionsPanelProps) {
  const db = useDb();
  const { t, lang } = useLang();
  const [viewing, setViewing] = useState<VersionRow | null>(null);
  const when = (v: VersionRow) => new Date(v.createdAt).toLocaleString(localeOf(lang));
  const speaker = (id: string | null) => participants.find((p) => p.id === id)?.label ?? '';

  async function restore(version: VersionRow) {
    if (!window.confirm(t('versions.restoreConfirm', { when: when(version) }))) return;
    // The transcript as it is now is kept as a version first; the restore itself is one step of the undo history.
    // Nothing is replaced while the transcript as it is now cannot be kept (a full disk): the save status says why.
    try {
      await store.flush();
      await saveVersion(db, store.sessionId, 'before-restore');
    } catch {
      return;
    }
    store.replaceSession(version.turns, version.segments);
    setViewing(null);
    onRestored();
  }

  return (
    <aside className="hotkey-help versions-panel" aria-label={t('versions.title')}>
      <header>
        <h3>{t('versions.title')}</h3>
        <button type="button" className="notice-close" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {versions.length === 0 && <p className="muted">{t('versions.none')}</p>}
      <ul className="version-list">
        {versions.map((v) => (
          <li key={v.id} data-version={v.reason}>
            <span>{when(v)}</span>
            <span className="muted">
              {t(`versions.reason.${v.reason}`)} · {t('versions.words', { n: v.wordCount })}
            </span>
            <button type="button" className="link" onClick={() => setViewing(v)}>
              {t('versions.view')}
            </button>
          </li>
        ))}
      </ul>
      {viewing && (
        <Dialog label={t('versions.viewing', { when: when(viewing) })} onCancel={() => setViewing(null)}>
          <h3>{t('versions.viewing', { when: when(viewing) })}</h3>
          <p className="muted">{t('versions.readOnly', { n: viewing.wordCount })}</p>
          <div className="version-text">
            {viewing.turns.map((turn) => (
              <p key={turn.id}>
                {turn.timestamp !== null && <span className="timestamp">[{formatClock(turn.timestamp, false)}] </span>}
                {speaker(turn.speakerId) && <strong>{speaker(turn.speakerId)}: </strong>}
                {turn.text}
              </p>
            ))}
          </div>
          <div className="dialog-actions">
            <button type="button" onClick={() => setViewing(null)}>
              {t('common.close')}
            </button>
            <button type="button" className="primary" onClick={() => void restore(viewing)} disabled={readOnly}>
              {t('versions.restore')}
            </button>
          </div>
        </Dialog>
      )}
    </aside>
  );
}
