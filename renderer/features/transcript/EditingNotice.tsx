/**
 * Says that another tab is editing this study's transcripts, and offers to edit here
 * instead; once a key was typed here meanwhile, says loudly that it was not kept.
 */
import { useT } from '../../i18n/context.tsx';
import type { LockState } from './session/editing-lock.ts';

export function EditingNotice({ lock, refused, onTakeOver }: { lock: LockState; refused: boolean; onTakeOver(): void }) {
  const t = useT();
  if (lock !== 'watching') return null;
  return (
    <div className={`notice ${refused ? 'notice-error' : 'notice-info'} editing-elsewhere`} role={refused ? 'alert' : 'status'}>
      <span>{refused ? t('transcript.typedElsewhere') : t('transcript.editingElsewhere')}</span>
      <button type="button" className="primary" onClick={onTakeOver}>
        {t('transcript.editHere')}
      </button>
    </div>
  );
}
