/** A one-line status or error message under a toolbar, announced to screen readers. */
import { useCallback, useState } from 'react';
import { useLang, useT } from '../i18n/context.tsx';

export interface NoticeState {
  kind: 'info' | 'error';
  text: string;
  /** A way to put right what the notice says, offered beside it. */
  action?: { label: string; run(): void };
}

export function Notice({ notice, onClose }: { notice: NoticeState | null; onClose?: () => void }) {
  const t = useT();
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      {onClose && (
        <button type="button" className="notice-close" aria-label={t('common.close')} onClick={onClose}>
          ×
        </button>
      )}
    </div>
  );
}

/**
 * Notice state with helpers that turn a thrown error into its message. The text is written
 * in the UI's language when it is shown: a status ("Versi disimpan.") goes away when the
 * language changes rather than stay in the other one; an error stays until closed.
 */
export function useNotice() {
  const { lang } = useLang();
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [shownIn, setShownIn] = useState(lang);
  if (shownIn !== lang) {
    setShownIn(lang);
    if (notice?.kind === 'info') setNotice(null);
  }
  const info = useCallback((text: string) => setNotice({ kind: 'info', text }), []);
  const error = useCallback((text: string, action?: NoticeState['action']) => setNotice({ kind: 'error', text, action }), []);
  const clear = useCallback(() => setNotice(null), []);
  return { notice, info, error, clear };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
