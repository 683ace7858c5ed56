/** A "Hapus" link-button that asks for confirmation before it deletes anything. */
import { useT } from '../i18n/context.tsx';

export function DeleteButton({ label, question, onConfirm }: { label: string; question: string; onConfirm(): void }) {
  const t = useT();
  return (
    <button type="button" className="link danger" aria-label={label} onClick={() => window.confirm(question) && onConfirm()}>
      {t('common.delete')}
    </button>
  );
}
