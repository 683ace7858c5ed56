/** Says that another tab is editing this study's transcripts, and offers to edit here instead. */
import { useT } from '../../i18n/context.tsx';
import type { LockState } from './session/editing-lock.ts';

export function EditingNotice({ lock, onTakeOver }: { lock: LockState; onTakeOver(): void }) {
  const t = useT();
  if (lock !== 'watching') return null;
  return (
    <div className="notice notice-info editing-elsewhere" role="status">
      <span>{t('transcript.editingElsewhere')}</span>
      <button type="button" className="primary" onClick={onTakeOver}>
        {t('transcript.editHere')}
      </button>
    </div>
  );
}
