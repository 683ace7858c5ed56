/**
 * A project file for a study this device already has: replace the study with the file,
 * open the file as a copy beside it (the choice that loses nothing, so the one offered
 * first), or cancel (which changes nothing and says nothing).
 */
import { useT } from '../../i18n/context.tsx';
import { Dialog } from '../../ui/Dialog.tsx';

export type ExistingChoice = 'replace' | 'copy' | 'cancel';

export function StudyExistsDialog({ title, onChoose }: { title: string; onChoose(choice: ExistingChoice): void }) {
  const t = useT();
  return (
    <Dialog labelledBy="study-exists-title" onCancel={() => onChoose('cancel')}>
      <h3 id="study-exists-title">{t('studies.existsTitle')}</h3>
      <p>{t('studies.exists', { title })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onChoose('cancel')}>
          {t('common.cancel')}
        </button>
        <button type="button" onClick={() => onChoose('replace')}>
          {t('studies.replace')}
        </button>
        <button type="button" className="primary" onClick={() => onChoose('copy')}>
          {t('studies.openCopy')}
        </button>
      </div>
    </Dialog>
  );
}
